# Gradients of activations and elementwise functions, bit for bit: TF computes them with its
# gradient kernels (EluGrad, SeluGrad, Relu6Grad, SoftsignGrad, ReluGrad multiplying by the mask so
# negative upstream gradients give -0), Python formulas (silu's custom gradient, atan, erf) and
# Eigen functors whose vectorised and scalar forms differ (SigmoidGrad, SqrtGrad: the last n % 8
# elements take the scalar form). Values are printed exactly (float32 -> Python float).
import tensorflow as tf

tf.random.set_seed(6)
x = tf.random.normal([6, 10])
upstream = tf.random.normal([6, 10])

def grad(f, v):
    with tf.GradientTape() as tape:
        tape.watch(v)
        y = f(v)
    return tape.gradient(y, v, output_gradients=upstream)

for name, f in [('relu', tf.nn.relu), ('relu6', lambda v: tf.nn.relu6(v * 4)), ('elu', tf.nn.elu), ('selu', tf.nn.selu),
                ('softsign', tf.nn.softsign), ('silu', tf.nn.silu), ('swish_beta', lambda v: tf.nn.swish(v, beta=0.75)),
                ('sigmoid', tf.sigmoid), ('sqrt', lambda v: tf.sqrt(tf.abs(v) + 1.0)), ('atan', tf.math.atan),
                ('erf', tf.math.erf), ('leaky_relu', tf.nn.leaky_relu), ('tanh', tf.tanh), ('softplus', tf.nn.softplus)]:
    print(name, tf.reshape(grad(f, x), [-1]).numpy().tolist())

# The signs of zero gradients: relu passes -0 for a negative upstream gradient, dropout +0.
v = tf.constant([-2.0, -0.5, 0.0, 0.5, 7.0, 3.0])
dy = tf.constant([-1.0, -1.0, -1.0, -1.0, -1.0, 1.0])
for name, f in [('relu', tf.nn.relu), ('relu6', tf.nn.relu6), ('elu', tf.nn.elu), ('dropout', lambda t: tf.nn.dropout(t, 0.5, seed=4))]:
    with tf.GradientTape() as tape:
        tape.watch(v)
        y = f(v)
    print(name, tape.gradient(y, v, output_gradients=dy).numpy().tolist())
print(tf.nn.dropout(-v, 0.5, seed=7).numpy().tolist(), tf.nn.dropout(v, tf.constant(0.25), seed=8).numpy().tolist())

# silu's beta gradient.
beta = tf.constant(1.5)
with tf.GradientTape() as tape:
    tape.watch([x, beta])
    y = tf.reduce_sum(tf.nn.silu(x, beta) * upstream)
print(tape.gradient(y, beta).numpy().tolist())
