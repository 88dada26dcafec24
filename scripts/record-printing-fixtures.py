"""Records what numpy / TensorFlow / CPython print, for test/printing.

Run with the oracle interpreter (TensorFlow 2.21, numpy 2.4.6, CPython 3.11):

    TF_CPP_MIN_LOG_LEVEL=3 /path/to/oracle/bin/python scripts/record-printing-fixtures.py

It writes test/printing/fixtures.json. Every input is seeded, so reruns give
identical bytes. Inputs are stored so the TypeScript side rebuilds exactly the
same values:
  floats  -> repr() of the value widened to a Python float (exact: repr
             round-trips a double, and every float16/bfloat16/float32 value
             is a double), with 'nan', 'inf', '-inf', '-0.0' as spelled;
  ints    -> decimal strings (64-bit values stay exact);
  bools   -> true/false;
  bytes   -> lowercase hex strings;
  pyFloat -> the 16-hex-digit IEEE bit pattern.
"""

import json
import math
import os
import struct
import sys

import ml_dtypes
import numpy as np
import tensorflow as tf

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "printing", "fixtures.json")

rng = np.random.default_rng(20240521)

NP_DTYPES = {
    "bool": np.bool_,
    "int8": np.int8, "int16": np.int16, "int32": np.int32, "int64": np.int64,
    "uint8": np.uint8, "uint16": np.uint16, "uint32": np.uint32, "uint64": np.uint64,
    "float16": np.float16, "bfloat16": ml_dtypes.bfloat16,
    "float32": np.float32, "float64": np.float64,
}
TF_DTYPES = {
    "bool": tf.bool,
    "int8": tf.int8, "int16": tf.int16, "int32": tf.int32, "int64": tf.int64,
    "uint8": tf.uint8, "uint16": tf.uint16, "uint32": tf.uint32, "uint64": tf.uint64,
    "float16": tf.float16, "bfloat16": tf.bfloat16,
    "float32": tf.float32, "float64": tf.float64, "string": tf.string,
}
FLOATS = ["float16", "bfloat16", "float32", "float64"]
INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]


def encode(dtype, arr):
    flat = arr.reshape(-1)
    if dtype == "string":
        return [bytes(v).hex() for v in flat]
    if dtype == "bool":
        return [bool(v) for v in flat]
    if dtype in INTS:
        return [str(int(v)) for v in flat]
    return [repr(float(v)) for v in flat]


def make_array(dtype, values, shape):
    if dtype == "string":
        arr = np.empty(len(values), dtype=object)
        for i, v in enumerate(values):
            arr[i] = v
        return arr.reshape(shape)
    with np.errstate(all="ignore"):
        return np.array(values, dtype=np.float64 if dtype in FLOATS else object).astype(
            NP_DTYPES[dtype]).reshape(shape)


array_cases = []
names = set()


def tf_tensor(dtype, arr):
    # Built from a 1-D constant and reshaped: TF caches scalar constants by
    # value, and 0.0 == -0.0 would hand back a cached +0.0 for -0.0.
    flat = arr.reshape(-1)
    t = tf.constant(flat) if dtype == "string" else tf.constant(flat, dtype=TF_DTYPES[dtype])
    return tf.reshape(t, arr.shape)


def add_array(name, dtype, values, shape, variable=False):
    assert name not in names, name
    names.add(name)
    arr = make_array(dtype, values, shape)
    t = tf_tensor(dtype, arr)
    case = {
        "name": name,
        "dtype": dtype,
        "shape": list(arr.shape),
        "values": encode(dtype, arr),
        "str": str(arr),
        "repr": repr(arr),
        "tfStr": str(t),
        "tfRepr": repr(t),
    }
    if variable:
        case["varRepr"] = repr(tf.Variable(t))
    array_cases.append(case)


def magnitudes(n, lo, hi, signed=True):
    exps = rng.uniform(lo, hi, n)
    mant = rng.uniform(1.0, 10.0, n)
    signs = rng.choice([-1.0, 1.0], n) if signed else np.ones(n)
    return [float(v) for v in signs * mant * 10.0 ** exps]


SPECIAL = [0.1, 1 / 3, 2 / 3, 100.5, 0.5, 0.25, 2.0, -1.5, 1e-3, 123.456]

# --- floats: every dtype through the same families of values --------------
for dt in FLOATS:
    add_array(f"{dt}-small-ints", dt, [1.0, 2.0, 3.0, 4.0], (2, 2), variable=True)
    add_array(f"{dt}-special", dt, SPECIAL, (10,))
    add_array(f"{dt}-thirds", dt, [1 / 3, 2 / 3, -1 / 3], (3,))
    add_array(f"{dt}-uniform", dt, list(rng.uniform(-1, 1, 12)), (3, 4))
    add_array(f"{dt}-normal", dt, list(rng.normal(0, 10, 8)), (8,))
    add_array(f"{dt}-mixed-mags", dt, magnitudes(6, -6, 9), (6,))
    add_array(f"{dt}-tiny", dt, magnitudes(5, -6, -4), (5,))
    add_array(f"{dt}-large", dt, magnitudes(5, 6, 9), (5,))
    add_array(f"{dt}-ratio", dt, [1.0, 1000.0, 2.5], (3,))
    add_array(f"{dt}-ratio-over", dt, [1.0, 1001.0, 2.5], (3,))
    add_array(f"{dt}-nonfinite", dt, [float("nan"), float("inf"), -float("inf"), 1.5, -0.0], (5,))
    add_array(f"{dt}-only-nan", dt, [float("nan"), float("nan")], (2,))
    add_array(f"{dt}-nan-inf", dt, [float("nan"), float("inf")], (2,))
    add_array(f"{dt}-neg-zero", dt, [-0.0, 0.0, 1.0], (3,))
    add_array(f"{dt}-zeros", dt, [0.0] * 6, (2, 3))
    add_array(f"{dt}-sci-nonfinite", dt, [1e-5, float("nan"), -float("inf")], (3,))
    add_array(f"{dt}-wide", dt, list(rng.uniform(-100, 100, 30)), (30,))
    add_array(f"{dt}-wide-2d", dt, list(rng.normal(0, 1, 3 * 14)), (3, 14))
    add_array(f"{dt}-3d", dt, list(np.arange(24) * 0.75 - 6), (2, 3, 4), variable=True)
    add_array(f"{dt}-4d", dt, list(rng.uniform(0, 5, 16)), (2, 2, 2, 2))
    add_array(f"{dt}-scalar", dt, [3.14], (), variable=True)
    add_array(f"{dt}-scalar-whole", dt, [10.0], ())
    add_array(f"{dt}-scalar-neg", dt, [-0.1], ())
    add_array(f"{dt}-scalar-nan", dt, [float("nan")], ())
    add_array(f"{dt}-empty", dt, [], (0,))
    add_array(f"{dt}-empty-2d", dt, [], (0, 3))
    add_array(f"{dt}-one", dt, [2.5], (1,))
    add_array(f"{dt}-column", dt, [1.0, -2.0, 3.5], (3, 1))

for dt in ["float16", "float32", "float64"]:
    add_array(f"{dt}-cutoff-edges", dt, [999.0, 1.0], (2,))
    add_array(f"{dt}-cutoff-1e3", dt, [1000.0, 1.0], (2,))
    add_array(f"{dt}-cutoff-1e6", dt, [1e6, 1.0], (2,))
    add_array(f"{dt}-cutoff-999999", dt, [999999.0, 1.0], (2,))
    add_array(f"{dt}-cutoff-1e8", dt, [1e8, 1.0], (2,))
    add_array(f"{dt}-cutoff-99999999", dt, [99999999.0, 1.0], (2,))
    add_array(f"{dt}-min-1e-4", dt, [1e-4, 1.0], (2,))
    add_array(f"{dt}-min-1e-4-tenth", dt, [1e-4, 0.1], (2,))
    add_array(f"{dt}-ties", dt, [2.0 ** -9, 0.5, 2.0 ** -9 + 2.0 ** -40], (3,))
    add_array(f"{dt}-min-digits", dt, [0.3, 1.23456789e-5], (2,))
    add_array(f"{dt}-powers-of-two", dt, [2.0 ** k for k in range(-14, 10, 3)], (8,))
    add_array(f"{dt}-subnormal", dt, [5.96e-8, 1e-40, 5e-324, 1.0], (4,))
    add_array(f"{dt}-huge", dt, [65504.0, 3.4e38, 1.7e308], (3,))

add_array("float64-exp-100", "float64", [1e-100, 1.0], (2,))
add_array("float64-exp-mixed", "float64", [1e-100, 1e100, -2.5e-7], (3,))
add_array("float64-long-digits", "float64", [123456.789012345, 0.1 + 0.2, math.pi], (3,))
add_array("float64-round-to-one", "float64", [0.999999999, 1.000000004, 9.999999999], (3,))
add_array("float32-random-unit", "float32", list(rng.random(40)), (5, 8))
add_array("float32-random-digits", "float32", list(rng.random(20) * 10.0 ** rng.integers(-3, 6, 20)), (20,))
add_array("float64-random-digits", "float64", list(rng.random(20) * 10.0 ** rng.integers(-3, 6, 20)), (4, 5))
add_array("float16-random-unit", "float16", list(rng.random(20)), (20,))

# Random small arrays over many magnitudes and spans: exercises the fixed vs
# scientific choice, shortest digits per dtype, ties and column padding.
for dt in FLOATS:
    for i in range(60):
        n = int(rng.integers(1, 9))
        lo = float(rng.uniform(-8, 8))
        span = float(rng.uniform(0, 5))
        vals = rng.uniform(1, 10, n) * 10.0 ** rng.uniform(lo, lo + span, n) * rng.choice([-1.0, 1.0], n)
        if rng.random() < 0.3:
            vals = np.round(vals, int(rng.integers(0, 4)))
        shape = (n,) if n % 2 or rng.random() < 0.5 else (2, n // 2)
        add_array(f"{dt}-random-{i}", dt, [float(v) for v in vals], shape)
add_array("float16-tie-even", "float16", [0.90625, 0.5, 0.09375, 1.90625], (4,))

# --- summarised (> 1000 elements) --------------------------------------------
add_array("float32-summary-1d", "float32", list(rng.normal(0, 1, 1001)), (1001,), variable=True)
add_array("float64-summary-2d", "float64", list(rng.uniform(-50, 50, 40 * 30)), (40, 30))
add_array("float32-summary-rows", "float32", list(np.arange(4 * 300) / 7.0), (4, 300))
add_array("float16-summary", "float16", list(np.linspace(-2, 2, 1100)), (1100,))
add_array("bfloat16-summary", "bfloat16", list(np.arange(1200.0)), (1200,))
hidden = list(np.arange(2000, dtype=np.float64))
hidden[1000] = 1e12  # wider than any edge value: numpy sizes columns from the edges only
add_array("float64-summary-hidden-wide", "float64", hidden, (2000,))
add_array("int32-summary-3d", "int32", list(range(-550, 550)), (11, 10, 10))
add_array("int64-summary-1d", "int64", list(range(2000)), (2000,))
add_array("bool-summary", "bool", [i % 3 == 0 for i in range(1500)], (1500,))

# --- integers -----------------------------------------------------------------
INT_RANGES = {
    "int8": (-128, 127), "int16": (-32768, 32767), "int32": (-2 ** 31, 2 ** 31 - 1),
    "int64": (-2 ** 63, 2 ** 63 - 1), "uint8": (0, 255), "uint16": (0, 65535),
    "uint32": (0, 2 ** 32 - 1), "uint64": (0, 2 ** 64 - 1),
}
for dt in INTS:
    lo, hi = INT_RANGES[dt]
    add_array(f"{dt}-small", dt, [1, 2, 3, 4], (2, 2), variable=True)
    add_array(f"{dt}-extremes", dt, [lo, hi, 0, lo + 1, hi - 1], (5,))
    small_lo = max(lo, -100)
    add_array(f"{dt}-range", dt, list(range(small_lo, small_lo + 24)), (2, 3, 4))
    add_array(f"{dt}-wide", dt, [int(v) for v in rng.integers(max(lo, -10 ** 6), min(hi, 10 ** 6), 40)], (40,))
    add_array(f"{dt}-scalar", dt, [hi], ())
    add_array(f"{dt}-empty", dt, [], (0,))
    add_array(f"{dt}-empty-3d", dt, [], (2, 0, 3))
add_array("int32-squares", "int32", [1, 4, 9, 16], (4,))
add_array("int32-negative", "int32", [-5, 10, -200, 3], (2, 2))
add_array("int32-wrap-2d", "int32", [int(v) for v in rng.integers(-10 ** 5, 10 ** 5, 3 * 20)], (3, 20))
add_array("int64-scalar-neg", "int64", [-7], (), variable=True)

# --- bools --------------------------------------------------------------------
add_array("bool-pair", "bool", [True, False], (2,), variable=True)
add_array("bool-all-false", "bool", [False, False, False], (3,))
add_array("bool-all-true", "bool", [True, True], (2,))
add_array("bool-2d", "bool", [True, False, False, True, True, False], (2, 3))
add_array("bool-scalar-true", "bool", [True], ())
add_array("bool-scalar-false", "bool", [False], ())
add_array("bool-wide", "bool", [bool(v) for v in rng.integers(0, 2, 30)], (30,))
add_array("bool-empty", "bool", [], (0,))

# --- strings (TF string tensors become object arrays of bytes) ----------------
add_array("string-pair", "string", [b"a", b"bc"], (2,), variable=True)
add_array("string-scalar", "string", [b"Hello"], ())
add_array("string-quotes", "string", [b"it's", b'say "hi"', b"both ' and \"", b"back\\slash"], (4,))
add_array("string-escapes", "string", [b"\x00\x01\x7f\x80\xff", b"tab\tnew\nline\rret", "héllo ✓".encode()], (3,))
add_array("string-2d", "string", [b"ab", b"c", b"def", b""], (2, 2))
add_array("string-wide", "string", [("word%d" % i).encode() for i in range(30)], (30,))
add_array("string-empty", "string", [], (0,))

# --- numpy / TF scalars -------------------------------------------------------
scalar_cases = []
SCALAR_VALUES = [
    0.0, -0.0, 1.0, -1.0, 3.14, 0.1, 1 / 3, 2 / 3, 100.5, 10.0, 99.0, 100.0, 999.0, 1000.0, 1024.0,
    65504.0, 99999.0, 1e5, 1e6, 9999999.0, 1e7, 1e8, 1e15, 9999999999999998.0, 1e16, 1.5e300,
    1e-4, 1.0001e-4, 9.9e-5, 1e-5, 1.2345e-7, 5e-324, 2.0 ** -24, 2.0 ** -9, 123456.789,
    float("nan"), float("inf"), -float("inf"),
] + magnitudes(12, -8, 18)
for dt in FLOATS:
    for v in SCALAR_VALUES:
        with np.errstate(all="ignore"):
            s = NP_DTYPES[dt](v)
        t = tf_tensor(dt, np.array(s))
        scalar_cases.append({
            "dtype": dt, "value": repr(float(s)), "str": str(s), "repr": repr(s),
            "itemRepr": repr(s.item()), "tfStr": str(t), "tfRepr": repr(t),
        })
for dt in INTS:
    lo, hi = INT_RANGES[dt]
    for v in sorted({lo, hi, 0, 7, min(hi, 300), max(lo, -300)}):
        s = NP_DTYPES[dt](v)
        t = tf_tensor(dt, np.array(s))
        scalar_cases.append({
            "dtype": dt, "value": str(v), "str": str(s), "repr": repr(s),
            "itemRepr": repr(s.item()), "tfStr": str(t), "tfRepr": repr(t),
        })
for v in [True, False]:
    s = np.bool_(v)
    t = tf_tensor("bool", np.array(s))
    scalar_cases.append({
        "dtype": "bool", "value": v, "str": str(s), "repr": repr(s),
        "itemRepr": repr(s.item()), "tfStr": str(t), "tfRepr": repr(t),
    })

# --- shapes and dtypes ----------------------------------------------------------
shape_cases = []
for shape in [[], [5], [2, 3], [1, 1, 1], [0], [0, 3], [2, 3, 4, 5], [None, 3], [None]]:
    ts = tf.TensorShape(shape)
    shape_cases.append({
        "shape": shape, "repr": repr(ts), "str": str(ts),
        "tuple": repr(tuple(shape)) if None not in shape else None,
    })
dtype_cases = []
for name, d in TF_DTYPES.items():
    dtype_cases.append({"name": name, "repr": repr(d), "str": str(d)})

# --- CPython float repr ---------------------------------------------------------
py_cases = []
PY_VALUES = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.5, 1e16, 1e15, 9999999999999998.0,
    1e-4, 1e-5, 0.00012345, 1.5e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
    2.0 ** 53, 2.0 ** 53 + 2, 123456789012345680.0, 1e22, 1e23, math.pi, math.e, -2.5e-7,
    float("nan"), float("inf"), -float("inf"), 12345678.9, 0.5, 3.140000104904175,
]
PY_VALUES += magnitudes(40, -320, 308)
PY_VALUES += [float(v) for v in rng.uniform(-1e6, 1e6, 10)]
for v in PY_VALUES:
    bits = struct.unpack(">Q", struct.pack(">d", v))[0]
    py_cases.append({"bits": "%016x" % bits, "repr": repr(v), "str": str(v)})


def dump(items):
    return "[\n" + ",\n".join(json.dumps(c, ensure_ascii=True) for c in items) + "\n]"


meta = {
    "python": sys.version.split()[0],
    "numpy": np.__version__,
    "tensorflow": tf.__version__,
    "ml_dtypes": ml_dtypes.__version__,
}
text = (
    "{\n\"meta\": " + json.dumps(meta, sort_keys=True)
    + ",\n\"pyFloat\": " + dump(py_cases)
    + ",\n\"shapes\": " + dump(shape_cases)
    + ",\n\"dtypes\": " + dump(dtype_cases)
    + ",\n\"scalars\": " + dump(scalar_cases)
    + ",\n\"arrays\": " + dump(array_cases)
    + "\n}\n"
)
with open(OUT, "w", encoding="utf-8") as f:
    f.write(text)
print(f"wrote {OUT}: {len(array_cases)} arrays, {len(scalar_cases)} scalars, {len(py_cases)} floats")
