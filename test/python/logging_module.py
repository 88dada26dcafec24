# golden: prints warnings
# The logging module: levels and names, the logger hierarchy, basicConfig's default handler, %-style
# formats with caller fields, exception(), filters, disable(). Output goes to stdout (sys.stderr
# is replaced before logging creates its handlers, by a stream that drops the script's folder from
# traceback paths) so the expected text pins it wherever the checkout is.
import os
import sys


class _Stdout:
    name = '<stdout>'
    folder = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, text):
        sys.stdout.write(text.replace(self.folder, ''))

    def flush(self):
        sys.stdout.flush()


sys.stderr = _Stdout()
import logging  # noqa: E402
logging.warning("plain %s", "warning")
logging.info("hidden")
log = logging.getLogger("app.sub")
print(log, log.parent, logging.getLogger(), logging.getLevelName(20), logging.getLevelName("DEBUG"), logging.getLevelName(15))
logging.getLogger("app").setLevel(logging.DEBUG)
print(log.getEffectiveLevel(), log.parent.name, log.isEnabledFor(logging.DEBUG))
log.debug("debug %d", 5)
log.error("an error: %(x)s", {"x": 1})
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
h = logging.StreamHandler()
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s (line %(lineno)d in %(filename)s)"))
log.addHandler(h)
log.propagate = False
log.warning("custom")
print(h, log.handlers, log.hasHandlers())
def f():
    log.critical("from f")
f()
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print(e)
class Only(logging.Filter):
    def filter(self, record):
        return "keep" in record.msg
log.addFilter(Only())
log.warning("drop this")
log.warning("keep this")
print(logging.root.handlers, logging.BASIC_FORMAT)
