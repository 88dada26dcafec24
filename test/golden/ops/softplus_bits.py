# float32 softplus and the ops built on Eigen's log/log1p/exp must match TF bit for bit:
# softplus (TF's functor: x above 13.94, exp(x) below -13.94, log1p(exp(x)) between), log_sigmoid
# (-softplus(-x)), sigmoid_cross_entropy_with_logits (log1p(exp(-|x|)) plus the linear part),
# reduce_logsumexp (log of a sum of exps) and xlogy/xdivy. Full 8-wide packets use Eigen's
# approximations, the trailing n % 8 elements libm; xlogy/xdivy give a signed 0 where x == 0 in
# packets and +0 in the tail. tolist() shows every bit.
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


f32 = np.float32
specials = np.array([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1.1754942e-38,
                     -1.1754944e-38, 1.0, -1.0, 13.942385, 13.942386, -13.942385, -13.942386, 15.0, -15.0,
                     88.7, -88.7, -103.5, -104.5, 3.4028235e38, -3.4028235e38, 1e-7, -1e-7], dtype=f32)
padded = np.concatenate([specials, np.zeros(-len(specials) % 8, f32)])

np.random.seed(11)
grids = {
    "grid": np.linspace(-20, 20, 801, dtype=f32),
    "near0": np.linspace(-0.05, 0.05, 201, dtype=f32),
    "random": (np.random.standard_normal(803) * 6).astype(f32),
}
for name, fn in [("softplus", tf.nn.softplus), ("log_sigmoid", tf.math.log_sigmoid)]:
    for label, x in grids.items():
        show(f"{name} {label}", fn(x).numpy().tolist())
    print(name, "packets", fn(padded).numpy().tolist())
    print(name, "tail", [v for i in range(0, len(specials), 7) for v in fn(specials[i:i + 7]).numpy().tolist()])
    for n in range(1, 18):
        print(name, n, fn(np.linspace(-16.0, 15.0, n, dtype=f32)).numpy().tolist())

sce = tf.nn.sigmoid_cross_entropy_with_logits
x = grids["random"]
show("sce random", sce(labels=np.abs(np.sin(x)), logits=x).numpy().tolist())
show("sce grid", sce(labels=np.linspace(0, 1, 801, dtype=f32), logits=grids["grid"]).numpy().tolist())
for n in range(1, 18):
    print("sce", n, sce(labels=np.full([n], 0.25, f32), logits=np.linspace(-3.0, 5.0, n, dtype=f32)).numpy().tolist())

m = np.concatenate([grids["random"][:800], grids["grid"][:800]]).reshape(-1, 10)
show("lse rows", tf.reduce_logsumexp(m, axis=1).numpy().tolist())
show("lse cols", tf.reduce_logsumexp(m, axis=0).numpy().tolist())
print("lse all", float(tf.reduce_logsumexp(m)), tf.reduce_logsumexp(m[:3], axis=1, keepdims=True).numpy().tolist())
print("lse inf", tf.reduce_logsumexp(np.array([[1.0, float("inf")], [float("-inf"), float("-inf")],
                                             [float("nan"), 1.0], [3.0, 3.0]], f32), axis=1).numpy().tolist())
for n in range(1, 18):
    print("lse", n, tf.reduce_logsumexp(np.linspace(-2.0, 6.0, n * 3, dtype=f32).reshape(n, 3), axis=1).numpy().tolist())

a = (np.random.standard_normal(803) * 3).astype(f32)
b = np.abs(np.random.standard_normal(803) * 50).astype(f32)
zeros = np.array([0.0, -0.0, 1e-45, -1e-45, 2.0, -3.0, 0.0, -0.0], f32)
others = np.array([2.0, 0.0, 0.5, 1e-39, 1e-45, 0.0, float("nan"), float("-inf")], f32)
for name, fn in [("xlogy", tf.math.xlogy), ("xdivy", tf.math.xdivy)]:
    show(f"{name} random", fn(a, b).numpy().tolist())
    print(name, "zeros", fn(zeros, others).numpy().tolist(), fn(zeros[:7], others[:7]).numpy().tolist())
    print(name, "scalar x", fn(f32(-0.0), b[:16]).numpy().tolist(), fn(f32(1.5), b[:11]).numpy().tolist())
    print(name, "broadcast", fn(np.tile(zeros[:, None], [1, 9]), b[None, :9]).numpy().tolist())
    for n in range(1, 18):
        print(name, n, fn(np.linspace(-1.0, 2.0, n, dtype=f32), np.linspace(0.1, 9.0, n, dtype=f32)).numpy().tolist())

# float16 / bfloat16: TF's functors run on the half type, rounding after each Eigen op; Eigen's
# half epsilon (2^-13) puts the float16 softplus thresholds at +-7.0078125 (bfloat16: +-2.84375).
for dt in [tf.float16, tf.bfloat16]:
    h = tf.cast(np.linspace(-12, 12, 963, dtype=f32), dt)
    show(f"{dt.name} softplus", tf.cast(tf.nn.softplus(h), tf.float32).numpy().tolist())
    show(f"{dt.name} log_sigmoid", tf.cast(tf.math.log_sigmoid(h[:203]), tf.float32).numpy().tolist())
    hx = tf.cast(a[:203], dt)
    hy = tf.cast(b[:203], dt)
    show(f"{dt.name} xlogy", tf.cast(tf.math.xlogy(hx, hy), tf.float32).numpy().tolist())
    show(f"{dt.name} xdivy", tf.cast(tf.math.xdivy(hx, hy), tf.float32).numpy().tolist())
    print(dt.name, "zeros", tf.cast(tf.math.xlogy(tf.cast(zeros, dt), tf.cast(others, dt)), tf.float32).numpy().tolist(),
          tf.cast(tf.math.xlogy(tf.cast(zeros[:7], dt), tf.cast(others[:7], dt)), tf.float32).numpy().tolist())
