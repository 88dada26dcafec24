# golden: prints warnings
# tf.compat.v1.logging (TF1 scripts' preamble) and tf.autograph's verbosity switch: both act on
# the 'tensorflow' logger.
import sys
import tensorflow as tf

tf.get_logger().handlers[0].setStream(sys.stdout)

L = tf.compat.v1.logging
print(L.DEBUG, L.INFO, L.WARN, L.ERROR, L.FATAL, L.get_verbosity())
L.info("not yet")
L.set_verbosity(L.INFO)
print(L.get_verbosity(), tf.get_logger().level)
L.info("info %s", "shown")
L.warn("warn %d", 1)
L.warning("warning")
L.debug("debug hidden")
L.log(L.ERROR, "logged %s", "error")
for i in range(4):
    L.log_first_n(L.INFO, "first %d", 2, i)
    L.log_every_n(L.INFO, "every %d", 3, i)
L.log_if(L.INFO, "if true", True)
L.log_if(L.INFO, "if false", False)
L.vlog(L.ERROR, "vlog")
L.set_verbosity(L.ERROR)
L.info("hidden again")
L.error("error shown")
tf.autograph.set_verbosity(0)
tf.autograph.set_verbosity(3, alsologtostdout=True)


@tf.autograph.experimental.do_not_convert
def plain(x):
    return x * 2


print(plain(tf.constant(2)))
tf.autograph.trace("traced", tf.constant([1, 2]), 3)
print(tf.compat.v1.enable_eager_execution(), tf.executing_eagerly())
tf.compat.v1.set_random_seed(1)
a = tf.random.uniform([2])
tf.random.set_seed(1)
print(bool(tf.reduce_all(a == tf.random.uniform([2]))))
