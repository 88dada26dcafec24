# format() / f-strings of tensors, variables and numpy scalars: TF formats a tensor's numpy value,
# so a scalar formats as the Python number it converts to (f"{loss:.4f}" in training loops, and
# f"{loss}" shows a float32 as the double it widens to); arrays take no format spec. Variables
# have object's __format__ only.
import numpy as np
import tensorflow as tf

print(f"{np.float32(0.1)}", f"{np.float64(0.1)}", f"{np.float16(0.1)}", f"{np.int32(5)}", f"{np.bool_(True)}", f"{np.array(0.1, dtype=np.float32)}")
print(f"{np.float32(0.1):>8}", f"{np.int64(5):03d}", f"{np.float32(2.5):e}", "{:.2%}".format(np.float64(0.25)))
loss = tf.constant(0.123456)
print(f"loss {loss:.4f}", "loss %.3f" % loss, "{:.2f}".format(loss), f"{loss}")
t = tf.constant(0.1)
print(f"{t}", f"{t:.3f}", f"{t:>12}", format(t), "{}".format(t), f"{tf.constant(5):04d}", f"{tf.constant(True)}", f"{tf.constant([1, 2])}")
print(f"{tf.constant(0.1, tf.float64)}", f"{tf.constant(1.5, tf.float16)}", f"{tf.constant(b'ab')}", f"{tf.constant('ab')}")
for epoch, value in enumerate([tf.constant(2.0) / 3, tf.constant(1.0) / 7]):
    print(f"Epoch {epoch + 1}: loss = {value:.6f} ({value:8.3e})")
try:
    print(f"{tf.constant([1.0, 2.0]):.2f}")
except TypeError as e:
    print(type(e).__name__, e)
print("%s|%r|%.2f|%d" % (t, t, t, tf.constant(3)))
v = tf.Variable(0.5)
print(f"{v}")
print(f"{v:.2f}")
