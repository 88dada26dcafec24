# tan's gradient as TF's _TanGrad forms it: dy * square(reciprocal(cos(x))), not reciprocal(cos^2).
# 7-element calls only: on full 8-wide packets reciprocal uses the CPU's rcpps estimate, whose
# last bit differs between AMD (where this was recorded) and Intel.
import numpy as np
import tensorflow as tf

for lo, hi in ((-1.2, 1.2), (-0.3, 0.9), (1.0, 1.5)):
    x = tf.constant(np.linspace(lo, hi, 7, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.tan(x)
    print(tape.gradient(y, x).numpy().tolist())
x64 = tf.constant(np.linspace(-1.2, 1.2, 3))
with tf.GradientTape() as tape:
    tape.watch(x64)
    y = tf.tan(x64)
print(tape.gradient(y, x64).numpy().tolist())
