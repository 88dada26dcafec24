"""Records what TensorFlow 2.21 returns for the shape, indexing and tf.nn cases of
test/runtime/shape-cases.test.ts and nn-cases.test.ts.

    TF_CPP_MIN_LOG_LEVEL=3 /work/oracle/bin/python scripts/record-shape-fixtures.py

Writes test/runtime/fixtures/shape-cases.json and nn-cases.json: per group the setup lines and,
per case, the Python expression and what the oracle printed for it: repr(value), or
"ExceptionType: message". Groups marked "approx" record (dtype, shape, flat values) instead, for
ops whose float results TF computes with fused kernels (oneDNN) we match only to rounding.
"""

import json
import os

import tensorflow as tf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "test", "runtime", "fixtures")

COMMON = """
import tensorflow as tf
def grad(f, *xs):
    xs = [tf.constant(x) for x in xs]
    with tf.GradientTape() as tape:
        for x in xs:
            tape.watch(x)
        y = f(*xs)
    return [tf.convert_to_tensor(g) for g in tape.gradient(y, xs)]
def flat(t):
    return (t.dtype.name, list(t.shape), [float(v) for v in tf.reshape(t, [-1])])
x = tf.reshape(tf.constant(list(range(24))), [2, 3, 4])
m = tf.reshape(tf.constant(list(range(6))), [2, 3])
f = tf.constant([[1.5, -2.0, 3.25], [0.5, 4.0, -1.0]])
"""

SHAPE = {
    "indexing": [
        "x[1]", "x[-1]", "x[0, 2]", "x[0, 2, 3]", "x[:, 1]", "x[..., 1]", "x[1, ..., 2]", "x[::-1]",
        "x[:, ::-2, 1:3]", "x[None]", "x[:, None, :, None]", "x[..., None]", "x[1:, tf.newaxis, -1]",
        "x[-10:10]", "x[10:-10:-1]", "x[2:1]", "x[1:10:2]", "x[:, 3:0:-1]", "x[tf.constant(1)]",
        "x[tf.constant(1, tf.int64), 1:]", "x[tf.constant(0):tf.constant(1)]", "x[[0, 1]]", "x[(1, 2)]",
        "tf.constant(5)[...]", "tf.constant(5)[None]", "tf.constant(3.5)[None, ..., None]",
        "tf.zeros([0, 3])[:, 1]", "tf.constant([[True, False]])[0]", "m[tf.constant([True, False])]",
        "f[1][0]", "[list(r.shape) for r in m]",
    ],
    "indexing_errors": [
        "x[5]", "x[-3]", "x[0, 7]", "x[1.5]", "x['a']", "x[tf.constant([0, 1])]", "x[tf.constant(1.0)]",
        "x[True]", "x[0, 0, 0, 0]", "x[..., ...]", "x[::0]", "tf.constant(5)[0]", "x[None, 1.0:]",
        "tf.zeros([0, 3])[0]", "iter(tf.constant(1))",
    ],
    "slice": [
        "tf.strided_slice(x, [0, 1], [2, 3], [1, 1])", "tf.strided_slice(m, [1, -1], [0, 0], [-1, -1], end_mask=1)",
        "tf.strided_slice(x, [0], [1], shrink_axis_mask=1)", "tf.slice(x, [0, 1, 1], [1, 2, -1])",
        "tf.slice(x, [0, 1, 1], [1, 5, -1])", "tf.slice(x, [0, 1], [1, 2])", "tf.slice(m, [3, 0], [1, 1])",
    ],
    "reshape": [
        "tf.reshape(m, [-1])", "tf.reshape(m, [3, -1])", "tf.reshape(m, [-1, 4])", "tf.reshape(m, [-1, -1])",
        "tf.reshape(m, [4])", "tf.reshape([1, 2, 3], [0, -1])", "tf.reshape(tf.zeros([0, 3]), [-1, 0])",
        "tf.reshape(tf.constant(7), [1, 1])", "tf.reshape(m, tf.shape(tf.zeros([3, 2])))",
        "tf.transpose(x)", "tf.transpose(x, [1, 0, 2])", "tf.transpose(m, [0, 0])", "tf.transpose(m, [0, 2])",
        "tf.transpose(m, [1, 0, 2])", "tf.expand_dims(m, 0)", "tf.expand_dims(m, -1)", "tf.expand_dims(m, 3)",
        "tf.expand_dims([1, 2], -4)", "tf.squeeze(tf.ones([1, 2, 1]))", "tf.squeeze(tf.ones([1, 2, 1]), [0])",
        "tf.squeeze(tf.ones([1, 2, 1]), -1)", "tf.squeeze(tf.ones([1, 2, 1]), 1)", "tf.squeeze([[1, 2]], 2)",
        "tf.broadcast_to(m, [2, 2, 3])", "tf.broadcast_to([[1], [2]], [2, 3])", "tf.broadcast_to([1, 2, 3], [2])",
        "tf.broadcast_to([[1, 2, 3]], [3])", "tf.shape(x)", "tf.shape(tf.zeros([2, 0, 3]), out_type=tf.int64)",
        "tf.size(x)", "tf.size([[1, 2]], tf.int64)", "tf.rank(x)", "tf.rank(5)", "tf.identity(f)",
        "tf.identity([1.5])", "tf.fill([2, 2], 1.5)", "tf.zeros_like(m)", "tf.ones_like(f)",
    ],
    "combine": [
        "tf.concat([m, m], 0)", "tf.concat([m, m], -1)", "tf.concat([m], 1)", "tf.concat([f, tf.ones([2, 1])], 1)",
        "tf.concat([m, tf.ones([3, 3], tf.int32)], 1)", "tf.concat([m, tf.ones([2, 3])], 1)", "tf.concat([m, m], 2)",
        "tf.stack([m, m])", "tf.stack([m, m], 1)", "tf.stack([m, m], -1)", "tf.stack([1, 2.5])",
        "tf.stack([m, tf.ones([3, 2], tf.int32)])", "tf.stack([m, m], 3)", "tf.stack([])", "tf.unstack(m)",
        "tf.unstack(m, axis=1)", "tf.unstack(tf.constant(1))", "tf.unstack([[1, 2]], axis=2)",
        "tf.split(m, 3, axis=1)", "tf.split(m, 2, axis=1)", "tf.split(m, [1, 2], 1)", "tf.split(m, [1, -1], 1)",
        "tf.split(m, [1, 1], 1)", "tf.split([1, 2, 3], 0)", "tf.tile(m, [2, 1])", "tf.tile(m, [2])",
        "tf.tile([[1]], [-1, 2])", "tf.tile(f, [1, 0])", "tf.reverse(m, [1])", "tf.reverse(x, [0, -1])",
        "tf.reverse(m, [2])", "tf.reverse([[1]], [0, 0])", "tf.meshgrid([1, 2, 3], [4, 5])",
        "tf.meshgrid([1, 2, 3], [4, 5], indexing='ij')", "tf.meshgrid([1, 2], [3, 4, 5], [6, 7])",
    ],
    "pad": [
        "tf.pad(m, [[1, 0], [0, 2]])", "tf.pad(m, [[1, 0], [0, 2]], constant_values=7)",
        "tf.pad(f, [[0, 1], [1, 1]], constant_values=-1.5)", "tf.pad(m, [[1, 1], [2, 2]], 'REFLECT')",
        "tf.pad(m, [[1, 1], [2, 2]], 'SYMMETRIC')", "tf.pad(m, [[1, 1], [3, 2]], 'REFLECT')",
        "tf.pad(m, [[1, 1]])", "tf.pad(m, [[1, 1], [1, 1]], 'foo')", "tf.pad([[1]], [[-1, 0], [0, 0]])",
        "tf.pad([[1, 2]], [[0, 0], [2, 0]], 'SYMMETRIC')", "tf.pad([[1, 2]], [[0, 0], [3, 0]], 'SYMMETRIC')",
        "tf.pad(m, [[0, 0], [1, 1]], mode='reflect')",
    ],
    "gather": [
        "tf.gather(m, [0, 5])", "tf.gather(m, [0, 2], axis=1)", "tf.gather(m, [[0, 2]], axis=-1)",
        "tf.gather(m, [0, 1], axis=2)", "tf.gather(m, [[0], [1]], axis=1, batch_dims=1)", "tf.gather(m, 1)",
        "tf.gather(m, 1.0)", "tf.gather([1, 2, 3], [0], axis=-2)", "tf.gather([[1, 2, 3]], [[0, 0], [0, 1]], batch_dims=1, axis=1)",
        "tf.gather([[1, 2, 3], [4, 5, 6]], [[0, 2], [5, 1]], batch_dims=1, axis=1)", "tf.gather(f, tf.constant([1, 1, 0], tf.int64))",
        "tf.gather_nd(m, [[0, 1], [1, 5]])", "tf.gather_nd(m, [[1], [0]])", "tf.gather_nd(m, [[0, 1, 1]])",
        "tf.gather_nd(x, [[[0, 1], [1, 2]]])", "tf.scatter_nd([[1], [3], [1]], [9, 10, 11], [5])",
        "tf.scatter_nd([[7]], [9], [5])", "tf.scatter_nd([[1], [3]], [9, 10, 11], [5])",
        "tf.scatter_nd([[0], [2]], [[1.5, 2.5], [3.5, 4.5]], [3, 2])", "tf.tensor_scatter_nd_update(m, [[0, 1]], [100])",
        "tf.tensor_scatter_nd_update(m, [[0, 7]], [100])", "tf.tensor_scatter_nd_add(m, [[1]], [[1, 1, 1]])",
        "tf.tensor_scatter_nd_add(f, [[0, 0], [0, 0]], [1.0, 2.0])", "tf.boolean_mask(m, [True, False])",
        "tf.boolean_mask(m, [True, False, True])", "tf.boolean_mask(m, [[True, False, True], [False, False, True]])",
        "tf.boolean_mask(m, [True, False, True], axis=1)", "tf.boolean_mask([[1, 2], [3, 4]], [[True, False], [True, True]])",
        "tf.where([True, False, True])", "tf.where(m > 2)", "tf.where(m > 2, m, -m)", "tf.where(m > 2, m, 1.5)",
        "tf.where(m > 2, m)", "tf.where([[True, False]], [[1, 2]], [[3], [4]])", "tf.where(f > 0, f, 0.0)",
        "tf.one_hot([0, 2, -1], 3)", "tf.one_hot([1, 0], 3, on_value=5, off_value=-1)", "tf.one_hot([[1, 0]], 3, axis=0)",
        "tf.one_hot([1, 0], 3, dtype=tf.int64)",
    ],
    "edge": [
        "tf.concat([tf.zeros([0, 3]), m], 0)", "tf.stack([tf.zeros([0]), tf.zeros([0])])", "tf.gather(tf.zeros([0, 2]), [], axis=0)",
        "tf.gather(m, tf.zeros([0], tf.int32), axis=1)", "tf.pad(tf.zeros([0, 2]), [[1, 1], [0, 0]])", "tf.tile(tf.zeros([0, 2]), [3, 2])",
        "tf.reverse(tf.zeros([2, 0]), [1])", "tf.split(tf.zeros([0, 4]), 2, axis=1)", "tf.boolean_mask(m, [False, False])",
        "tf.where(tf.zeros([2, 2]) > 1)", "tf.where(tf.constant(True))", "tf.scatter_nd(tf.zeros([0, 1], tf.int32), tf.zeros([0]), [3])",
        "tf.reshape(tf.constant(3.5), [])", "tf.expand_dims(tf.constant(3.5), 0)", "tf.squeeze(tf.constant([[[7]]]))",
        "tf.transpose(tf.constant(2))", "tf.tile(tf.constant([[[[1, 2]]]]), [2, 1, 2, 1])",
        "tf.transpose(tf.reshape(tf.constant(list(range(24))), [1, 2, 3, 4]), [3, 1, 0, 2])",
        "tf.reshape(tf.constant(list(range(24))), [1, 2, 3, 4])[0, :, ::2, -2:]", "x[..., -1:, :][0]",
        "tf.gather(tf.reshape(tf.constant(list(range(24))), [2, 1, 3, 4]), [2, 0], axis=-2)",
        "tf.concat([tf.ones([1, 1, 2, 2], tf.int64), tf.zeros([1, 1, 2, 2], tf.int64)], -1)",
        "tf.stack([tf.constant(1.5, tf.float64), tf.constant(2.0, tf.float64)])", "tf.one_hot(tf.zeros([0], tf.int32), 2)",
        "tf.pad(tf.constant([True]), [[1, 1]])", "tf.broadcast_to(tf.constant(7, tf.int64), [2, 1, 2])",
    ],
    "gradients": [
        "grad(lambda a: a[0, ::-1] * 2.0, f)", "grad(lambda a: tf.reduce_sum(a[:, None, 1:]), f)",
        "grad(lambda a: tf.gather(a, [1, 1, 0]), f)", "grad(lambda a: tf.gather(a, [2, 0], axis=1), f)",
        "grad(lambda a: tf.gather_nd(a, [[0, 1], [0, 1]]), f)", "grad(lambda a, b: tf.concat([a, b], 1), f, f)",
        "grad(lambda a, b: tf.stack([a, b * 3.0]), f, f)", "grad(lambda a: tf.split(a, [1, 2], 1)[1] * a[:, :2], f)",
        "grad(lambda a: tf.tile(a, [2, 2]), f)", "grad(lambda a: tf.pad(a, [[1, 1], [0, 2]], 'REFLECT'), f)",
        "grad(lambda a: tf.pad(a, [[1, 0], [2, 0]], constant_values=3.0), f)", "grad(lambda a: tf.reverse(a, [0]) * a, f)",
        "grad(lambda u: tf.scatter_nd([[1], [1]], u, [3, 3]) * 2.0, f)",
        "grad(lambda a, u: tf.tensor_scatter_nd_update(a, [[1]], u), f, [[1.0, 2.0, 3.0]])",
        "grad(lambda a: tf.boolean_mask(a, [[True, False, True], [False, True, True]]), f)",
        "grad(lambda a: tf.unstack(a)[1] * tf.unstack(a, axis=1)[0][1], f)",
        "grad(lambda a: tf.strided_slice(a, [1, 2], [0, 0], [-1, -2], end_mask=3), f)",
    ],
}

NN = {
    "activations": [
        "tf.nn.relu(f)", "tf.nn.relu6(f * 2.0)", "tf.nn.leaky_relu(f)", "tf.nn.leaky_relu(f, alpha=0.1)",
        "tf.nn.elu(f)", "tf.nn.selu(f)", "tf.nn.relu([[1, -2]])",
        # Exact to the last bit: float32 sigmoid/tanh follow TF's Eigen approximations.
        "flat(tf.nn.sigmoid(f))", "flat(tf.nn.tanh(f))", "flat(tf.nn.silu(f))", "flat(tf.nn.swish(f))",
        "flat(tf.nn.gelu(f, approximate=True))",
        "tf.nn.relu6(tf.constant([-1.0, 3.0, 9.0], tf.float64))", "tf.nn.l2_loss(f)", "tf.nn.bias_add(f, [1.0, 2.0, 3.0])",
        "tf.nn.bias_add(f, [1.0, 2.0])", "tf.nn.moments(f, axes=[0])", "tf.nn.moments(f, axes=[0, 1], keepdims=True)",
        "tf.nn.batch_normalization(f, 1.0, 2.0, 0.5, 2.0, 1e-3)", "tf.nn.batch_normalization(f, 0.5, 4.0, None, None, 0.0)",
        "tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[9, 0], logits=f)",
        "tf.nn.sigmoid_cross_entropy_with_logits(labels=tf.ones_like(f), logits=f)",
        "tf.nn.sigmoid_cross_entropy_with_logits(labels=[1.0], logits=f)",
        "tf.nn.l2_normalize(tf.constant([[3.0, 4.0], [0.0, 0.0]]), axis=1)", "tf.nn.l2_normalize(tf.constant([3.0, 4.0]))",
        "tf.nn.embedding_lookup(f, [1, 0, 1])", "tf.nn.embedding_lookup(f, [[2]])",
        "grad(lambda a: tf.nn.embedding_lookup(a, [1, 1]) * 2.0, f)",
        "tf.nn.dropout(tf.ones([2, 5]), 0.5, seed=1)", "tf.nn.dropout(tf.ones([2, 5]), 1.5)",
    ],
    "conv_pool": [
        "tf.nn.conv2d(img, k, 1, 'SAME')", "tf.nn.conv2d(img, k, 2, 'VALID')", "tf.nn.conv2d(img, k, [1, 2, 1, 1], 'SAME', dilations=1)",
        "tf.nn.conv2d(img, k, 1, 'SAME', dilations=2)", "tf.nn.conv2d(img, k, 1, 'FOO')", "tf.nn.conv2d(img, k[:, :, :, :1], [2, 1], 'VALID')",
        "tf.nn.conv2d_transpose(img, k, [1, 8, 8, 2], 2, 'SAME')", "tf.nn.conv2d_transpose(img, k, [1, 6, 6, 2], 1, 'VALID')",
        "tf.nn.max_pool2d(img, 2, 2, 'VALID')", "tf.nn.max_pool2d(img, 3, 2, 'SAME')", "tf.nn.max_pool2d(-img, [2, 3], [1, 2], 'SAME')",
        "tf.nn.avg_pool2d(img, 3, 2, 'SAME')", "tf.nn.avg_pool2d(img, 3, 1, 'VALID')",
        "tf.nn.conv2d(img, k, 1, 'same')", "tf.nn.max_pool2d(img, 2, 2, 'same')", "tf.nn.avg_pool2d(img, 2, 2, 'FOO')",
        "tf.nn.conv2d_transpose(img, k, [1, 8, 8, 2], 2, 'same')", "tf.nn.conv2d(img, k, [1, 1, 1], 'SAME')",
        "tf.nn.conv2d(img, tf.ones([2, 2, 3, 1]), 1, 'VALID')",
        "tf.nn.conv2d(tf.ones([1, 4, 4, 1], tf.int32), tf.ones([2, 2, 1, 1], tf.int32), 1, 'VALID')",
        "tf.nn.max_pool(img, 2, 2, 'SAME')", "tf.nn.avg_pool(img, [1, 2, 2, 1], [1, 1, 1, 1], 'VALID')",
        "grad(lambda a, b: tf.nn.conv2d(a, b, 1, 'SAME') ** 2.0, img, k)", "grad(lambda a, b: tf.nn.conv2d(a, b, 2, 'VALID'), img, k)",
        "grad(lambda a: tf.nn.max_pool2d(a, 2, 2, 'VALID') * 3.0, img)", "grad(lambda a: tf.nn.avg_pool2d(a, 3, 2, 'SAME'), img)",
        "grad(lambda a, b: tf.nn.conv2d_transpose(a, b, [1, 8, 8, 2], 2, 'SAME'), img, k)",
    ],
    "fused_approx": [
        "flat(tf.nn.gelu(f))", "flat(tf.nn.softmax(f))", "flat(tf.nn.softmax(f, axis=0))",
        "flat(tf.nn.log_softmax(f))", "flat(tf.nn.softmax_cross_entropy_with_logits(labels=[[0.0, 0.0, 1.0], [0.5, 0.5, 0.0]], logits=f))",
        "flat(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[2, 0], logits=f))",
        "flat(grad(lambda a: tf.nn.softmax(a) * tf.constant([[1.0, 2.0, 3.0]]), f)[0])",
        "flat(grad(lambda a: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[2, 0], logits=a), f)[0])",
    ],
}

NN["image"] = [
    "tf.image.resize(img, [5, 7])", "tf.image.resize(img, [2, 2])", "tf.image.resize(img[0], (6, 3), method='nearest')",
    "tf.image.resize(tf.cast(img, tf.int32), [4, 4], method='nearest')", "tf.image.resize(tf.cast(img, tf.uint8), [4, 5])",
    "tf.image.resize(img, [4, 5], method=tf.image.ResizeMethod.BILINEAR)", "tf.image.resize(img, [4])",
    "tf.image.resize(img[0, 0], [4, 4])", "tf.image.resize(img, [4, 4], method='bicubicx')", "tf.image.flip_left_right(img[0])",
    "tf.image.flip_up_down(img)", "tf.image.rot90(img[0])", "tf.image.rot90(img, k=2)", "tf.image.rot90(img[0], k=3)",
    "tf.image.random_crop(img, [1, 2, 2, 2], seed=3)", "tf.image.random_crop(img, [1, 8, 2, 2], seed=3)",
    "grad(lambda a: tf.image.resize(a, [5, 3]) * tf.reshape(tf.constant([float(i) for i in range(30)]), [1, 5, 3, 2]), img[:1, :3, :4])",
    "grad(lambda a: tf.image.resize(a, [7, 2], method='nearest'), img)",
    "(tf.image.ResizeMethod.BILINEAR, tf.image.ResizeMethod.NEAREST_NEIGHBOR)",
    "tf.image.convert_image_dtype(tf.constant([[0, 128, 255]], tf.uint8), tf.float32)",
    "tf.image.convert_image_dtype(tf.constant([[0, 128, 255]], tf.uint8), tf.float64)",
    "tf.image.convert_image_dtype(tf.constant([0.0, 0.5, 1.0, 0.999]), tf.uint8)",
    "tf.image.convert_image_dtype(tf.constant([0.0, 0.5, 1.2]), tf.uint8, saturate=True)",
    "tf.image.convert_image_dtype(tf.constant([0.25]), tf.float64)", "tf.image.convert_image_dtype(tf.constant([[0, 128, 255]], tf.uint8), tf.int32)",
    "tf.image.convert_image_dtype(tf.constant([1, 2]), tf.float32)", "tf.image.convert_image_dtype(tf.constant([70000, 2]), tf.uint8)",
]

NN_SETUP = """
img = tf.reshape(tf.constant([float(i) for i in range(32)]), [1, 4, 4, 2])
k = tf.reshape(tf.constant([float(i % 5) - 2 for i in range(36)]), [3, 3, 2, 2])
"""


def record(groups, setup):
    env = {}
    exec(COMMON + setup, env)
    out = {}
    for group, cases in groups.items():
        recorded = []
        for code in cases:
            try:
                text = repr(eval(code, env))
            except Exception as e:  # the text tfts must reproduce
                text = f"{type(e).__name__}: {e}"
            recorded.append({"code": code, "expected": text})
        out[group] = {"setup": COMMON + setup, "approx": group.endswith("_approx"), "cases": recorded}
    return out


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    for name, groups, setup in (("shape-cases.json", SHAPE, ""), ("nn-cases.json", NN, NN_SETUP)):
        with open(os.path.join(FIXTURES, name), "w") as fh:
            json.dump(record(groups, setup), fh, indent=1)
            fh.write("\n")
        print(f"wrote {name} (tf {tf.__version__})")


if __name__ == "__main__":
    main()
