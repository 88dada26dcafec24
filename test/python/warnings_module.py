# The warnings module: filters and their actions, registries (default/once/module), stacklevel,
# catch_warnings, formatwarning/showwarning. Warnings go to sys.stderr, which this script points
# at stdout (without the script's directory, which differs between machines) so the expected
# output pins them.
# golden: prints warnings
import os
import sys
import warnings


class Stdout:
    def write(self, text):
        sys.stdout.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

    def flush(self):
        pass


sys.stderr = Stdout()

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 3)))
print(warnings.formatwarning("hello", UserWarning, "f.py", 3, "  x = 1  "), end="")
print(repr(warnings.formatwarning(UserWarning("hi"), UserWarning, "f.py", 3)))
for bad in (lambda: warnings.filterwarnings("bogus"), lambda: warnings.warn("x", int),
            lambda: warnings.simplefilter("nope"), lambda: warnings.warn("x", ValueError)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    warnings.warn(RuntimeWarning("three"))
    print(len(ws), [str(x.message) for x in ws], [x.category.__name__ for x in ws], ws[0].lineno)
    print(type(ws[0].message), ws[0].line, ws[0].file, ws[0].source)
print(len(warnings.filters))


def helper():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)


def deeper():
    helper()


for i in range(3):
    warnings.warn("loop")  # printed once: the "default" action remembers the line
helper()
deeper()
warnings.warn("in main", DeprecationWarning)
warnings.warn("fut", FutureWarning)
warnings.filterwarnings("ignore", category=FutureWarning)
warnings.warn("fut2", FutureWarning)
warnings.filterwarnings("error", message="boom.*")
try:
    warnings.warn("Boom now")
except UserWarning as e:
    print("caught", repr(e))
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
warnings.warn("o1"); warnings.warn("o1")
warnings.warn("o1")
warnings.simplefilter("module")
warnings.warn("m1"); warnings.warn("m1")
warnings.simplefilter("ignore")
warnings.warn("hidden")
print(warnings.catch_warnings(), warnings.catch_warnings(record=True))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("inside")
    warnings.warn("inside")
warnings.warn("hidden again")


def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


warnings.showwarning = show
warnings.simplefilter("always")
warnings.warn("to custom")
warnings.warn_explicit("explicit", UserWarning, "other.py", 7)
c = warnings.catch_warnings()
try:
    c.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
print(sorted(k for k in globals() if k.startswith("__warn")))
