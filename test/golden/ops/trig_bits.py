# Float32 sin, cos, asin, acos, atan and atanh must match TF bit for bit. TF evaluates them with
# Eigen's AVX packet approximations (8 floats a packet, multiply-adds rounded twice): sin/cos with
# a 4-step Cody-Waite reduction (Payne-Hanek from |x| >= 25966 for sin, 18838 for cos) and
# polynomials, asin/acos/atan/atanh with their own polynomials and rational functions. The n % 8
# trailing elements take the scalar path, which is libm. atan2 likewise. tolist() shows every bit.
# tan, sinh, cosh, asinh and acosh are libm on both paths and are checked more lightly.
import numpy as np
import tensorflow as tf


def show(label, values, chunk=100):
    for i in range(0, len(values), chunk):
        print(label, i, repr(values[i:i + chunk]))


def f32(values):
    return np.array(values, dtype=np.float32)


def tail_only(fn, values):
    # Calls of 7 elements never fill a packet: every element takes the scalar (libm) path. Used for
    # atan with |x| > 1, whose packet path starts from the CPU's rcpps estimate (AMD and Intel
    # tables differ, so a recorded packet result would only hold on the recording CPU).
    return np.concatenate([fn(values[i:i + 7]).numpy() for i in range(0, len(values), 7)]).tolist()


specials = f32([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1.1754944e-38,
                -1.1754944e-38, 0.5, -0.5, 1.0, -1.0, 0.99999994, -0.99999994, 1.0000001, 2.0,
                3.4e38, -3.4e38, 1e-20])
np.random.seed(5)

# sin / cos: grid and random values in packets, huge arguments around the Payne-Hanek thresholds.
grid = np.linspace(-10, 10, 1000, dtype=np.float32)
huge = np.concatenate([f32([18837.998, 18838.0, 18838.002, 25965.998, 25966.0, 25966.002, 1e5, 1e6,
                            16777216.0, 1e10, 1e20, 1e30, 3.4e38, -25966.0, -1e7, -3e38]),
                       np.random.uniform(-40000, 40000, 200).astype(np.float32),
                       np.exp(np.random.uniform(10, 88, 200)).astype(np.float32)])
for name, fn in [("sin", tf.sin), ("cos", tf.cos)]:
    show(name + " grid", fn(grid).numpy().tolist())
    show(name + " huge", fn(huge).numpy().tolist())
    show(name + " huge tail", tail_only(fn, huge))
    print(name, "specials", fn(specials).numpy().tolist())
    print(name, "specials tail", tail_only(fn, specials))

# asin / acos / atanh on [-1, 1] (and just outside), packets and tails.
unit = np.concatenate([np.linspace(-1, 1, 801, dtype=np.float32),
                       np.random.uniform(-1, 1, 199).astype(np.float32)])
for name, fn in [("asin", tf.asin), ("acos", tf.acos), ("atanh", tf.atanh)]:
    show(name, fn(unit).numpy().tolist())
    show(name + " tail", tail_only(fn, unit[::5]))
    print(name, "specials", fn(specials).numpy().tolist())
    print(name, "specials tail", tail_only(fn, specials))

# atan: packets only for |x| <= 1 (and +-inf, whose estimate is exact), the rest through tails.
show("atan packets", tf.atan(unit).numpy().tolist())
print("atan inf packet", tf.atan(f32([float("inf"), float("-inf"), 0.0, -0.0, float("nan"), 1.0, -1.0, 0.25])).numpy().tolist())
wide = np.concatenate([np.linspace(-30, 30, 601, dtype=np.float32),
                       (np.exp(np.random.uniform(-40, 40, 200)) * np.random.choice([-1, 1], 200)).astype(np.float32)])
show("atan tail", tail_only(tf.atan, wide))
print("atan specials tail", tail_only(tf.atan, specials))

# atan2: Eigen's packet atan2 is atan(y / x) shifted by +-pi, with exact +-1 / +-0 arguments where
# |x| == |y| or both are zero (subnormals count as zero only in the first test). Packets here keep
# |y| <= |x|, so atan never needs the rcpps estimate; everything else goes through 7-element calls.
xs = np.random.uniform(-3, 3, 400).astype(np.float32)
ys = (xs * np.random.uniform(-1, 1, 400)).astype(np.float32)
show("atan2 packets", tf.math.atan2(ys, xs).numpy().tolist())
sy, sx = [a.ravel() for a in np.meshgrid(specials, specials)]
show("atan2 specials tail", tail_only(lambda v: tf.math.atan2(v[:, 0], v[:, 1]), np.stack([sy, sx], 1)))
print("atan2 subnormal packet", tf.math.atan2(f32([1e-45, -1e-45, 0.0, 1e-45, 1e-40, 0.0, -0.0, 2.0]),
                                              f32([0.0, 0.0, 1e-45, 1e-45, -1e-41, -0.0, -3.0, -2.0])).numpy().tolist())
print("atan2 broadcast", tf.math.atan2(np.linspace(-1, 1, 15, dtype=np.float32).reshape(3, 5), f32([[2.0], [-2.5], [3.0]])).numpy().tolist())
print("atan2 scalar", tf.math.atan2(np.linspace(-1, 1, 9, dtype=np.float32), f32(-1.5)).numpy().tolist())
# float64 atan2: the same formula with 4-double packets and Eigen's double atan (a true division,
# no estimate), libm on the n % 4 tail.
d = np.random.standard_normal(203) * 10
print("atan2 f64", tf.math.atan2(d, np.random.standard_normal(203)).numpy().tolist())
sd = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 2.0, 5e-324, -1e-310, 1e308, -1e-300])
sdy, sdx = [a.ravel() for a in np.meshgrid(sd, sd)]
print("atan2 f64 specials", tf.math.atan2(sdy, sdx).numpy().tolist())
for n in range(1, 10):
    print(n, tf.math.atan2(np.linspace(-2.0, 3.0, n), np.linspace(1.5, -0.5, n)).numpy().tolist())

# Lengths 1..17: which elements take the packet path and which the scalar tail.
for n in range(1, 18):
    v = np.linspace(-0.97, 0.93, n, dtype=np.float32)
    print(n, tf.sin(v * 7).numpy().tolist(), tf.cos(v * 7).numpy().tolist())
    print(n, tf.asin(v).numpy().tolist(), tf.acos(v).numpy().tolist())
    print(n, tf.atan(v).numpy().tolist(), tf.atanh(v).numpy().tolist())

# libm on both paths.
mixed = np.concatenate([np.linspace(-12, 12, 241, dtype=np.float32), specials])
for name, fn in [("tan", tf.tan), ("sinh", tf.sinh), ("cosh", tf.cosh), ("asinh", tf.asinh)]:
    show(name, fn(mixed).numpy().tolist())
show("acosh", tf.acosh(np.abs(mixed) + 1).numpy().tolist())
print(tf.sin(tf.constant([[0.5, -1.5], [2.5, -3.5]])))
print(tf.math.atan(3.0), tf.math.acos(-0.25), tf.math.atanh(0.75))
