# tf.errors: the status codes, every class in TF's hierarchy, and script-built errors.
import tensorflow as tf

for n in sorted(dir(tf.errors)):
    if n.startswith("_"):
        continue
    v = getattr(tf.errors, n)
    if isinstance(v, type):
        print(n, v.__module__, [b.__name__ for b in v.__mro__])
    else:
        print(n, repr(v))
e = tf.errors.AbortedError(None, None, "boom")
print(repr(e), str(e), e.message, e.error_code, e.node_def, e.op)
e = tf.errors.OpError(None, None, "m", tf.errors.UNKNOWN)
print(repr(e), str(e), e.error_code)
try:
    raise tf.errors.NotFoundError(None, None, "nf")
except tf.errors.OpError as ex:
    print(type(ex).__name__, ex, ex.error_code)
try:
    tf.constant([1, 2]) + tf.constant([1, 2, 3])
except tf.errors.InvalidArgumentError as ex:
    print(ex.error_code, ex.node_def, ex.op, repr(ex))
print(isinstance(tf.errors.OperatorNotAllowedInGraphError("x"), TypeError))
raise tf.errors.UnavailableError(None, None, "gone away")
