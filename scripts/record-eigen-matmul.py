"""Records TF's float32 MatMul bits where TF runs Eigen's kernels (oneDNN off) on this CPU, for
test/native/eigen-matmul-order.test.ts. Inputs come from a 32-bit LCG that the test repeats (24-bit
integers scaled by 2^-23: exact in float32, full mantissas so every summation order shows); each
product is kept as the SHA-256 of its output bytes (batch 0: a rank-2 MatMul). The machine (cache sizes, CPU count) decides
Eigen's blocking and threading, so it is recorded too and the test pins it (TFTS_EIGEN_MACHINE).
Run on an AVX2 CPU without AVX-512:
  TF_CPP_MIN_LOG_LEVEL=3 /work/oracle/bin/python scripts/record-eigen-matmul.py
"""
import hashlib
import json
import os

os.environ['TF_ENABLE_ONEDNN_OPTS'] = '0'
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

# (M, K, N, transpose_a, transpose_b): every summation kind (full tiles, leftover rows and columns),
# the three ways Eigen splits K (sequential blocking, parallel blocking, sharding by K), oneDNN's
# halving of blocks over 256.
SHAPES = [
    (2, 3, 2, False, False), (3, 4, 5, False, False), (4, 8, 3, False, False), (5, 16, 7, False, False),
    (8, 8, 8, False, False), (7, 9, 12, False, False), (8, 33, 17, False, False), (9, 31, 33, False, False),
    (10, 32, 10, False, False), (13, 17, 19, False, False), (16, 64, 16, False, False), (32, 100, 10, False, False),
    (3, 784, 10, False, False), (32, 128, 10, False, False), (12, 175, 9, False, True), (15, 15, 44, True, False),
    (2, 600, 2, False, False), (6, 300, 20, False, False), (8, 577, 12, False, False), (9, 289, 20, False, False),
    (32, 784, 128, False, False), (64, 784, 64, False, False), (48, 777, 96, False, False), (64, 2048, 64, False, False),
    (128, 784, 128, False, False), (256, 1000, 256, False, False), (300, 300, 300, False, False),
    (16, 2205, 1078, False, False), (6, 3026, 1100, False, False), (70, 400, 40, True, True), (1024, 1024, 1024, False, False),
    # rows that oneDNN's driver regroups (chunks of 48, the last 73-96 in halves) per Eigen row block
    (79, 26, 228, False, False), (171, 358, 206, False, False), (1000, 5, 20, False, False), (293, 26, 20, False, False),
    (385, 26, 20, False, False), (762, 196, 11, False, False), (279, 32, 147, True, False), (942, 440, 105, False, False),
    # matrix-vector products (Eigen's dense product: its coefficient-based path when K + M + N < 20,
    # else its GEMV, whose odd last row takes a half packet)
    (5, 31, 1, False, False), (1, 31, 5, False, True), (37, 100, 1, False, False), (8, 8, 1, False, False),
    (1, 5, 3, False, True), (1, 8, 3, True, True), (1, 1000, 1, False, True),
]


# Batched products (B, M, K, N, transpose_a, transpose_b) that TF's BatchMatMulV2 evaluates as the
# same contraction, one batch entry at a time: a single entry, or over 128 * 128 multiply-adds each.
BATCHED = [(1, 3, 4, 5, False, False), (2, 79, 26, 228, True, False), (3, 10, 64, 50, False, False),
           (8, 20, 64, 20, False, False), (2, 26, 26, 26, False, True), (4, 32, 784, 128, False, True)]

# Smaller batched products, each entry Eigen's dense matrix product (eigen_matrix_product.cc): the
# coefficient-based path (K + M + N < 20, with B transposed a packet redux), the GEMM's kernels
# (16-, 8- and 4-row panels, single rows, 4 and single columns), its k and row blocking, and GEMV.
BATCHED += [(3, 5, 7, 3, False, False), (2, 4, 8, 2, False, True), (2, 2, 16, 1, False, True),
            (2, 16, 32, 16, False, False), (4, 10, 20, 10, False, False), (3, 33, 17, 9, False, False),
            (2, 13, 49, 7, True, False), (2, 9, 23, 11, True, True), (2, 2, 4000, 2, False, False),
            (2, 2, 2, 4000, False, False), (3, 37, 13, 1, False, False), (3, 1, 31, 37, False, True),
            (3, 1, 100, 1, False, True), (2, 1, 1000, 1, False, True)]


# Conv2D (B, H, W, C, KH, KW, OC, padding, stride): with oneDNN off TF contracts the whole batch's
# patches with the filter, which sums as MatMul does for these (not for every shape: TF's patch
# evaluator has its own cost, so its thread choice can differ, e.g. 2x14x14x8 with 3x3x16 SAME).
CONVS = [(1, 28, 28, 1, 3, 3, 32, 'VALID', 1), (4, 8, 8, 3, 5, 5, 6, 'VALID', 1), (1, 32, 32, 3, 3, 3, 64, 'SAME', 1),
         (8, 28, 28, 1, 5, 5, 20, 'VALID', 1), (2, 10, 10, 16, 1, 1, 8, 'VALID', 1), (3, 17, 17, 4, 3, 3, 10, 'SAME', 2),
         (16, 12, 12, 6, 3, 3, 12, 'VALID', 1)]


def lcg(seed, count):
    """count float32 values: state = state * 1664525 + 1013904223 (mod 2^32), value = ((state >> 8) - 2^23) / 2^23."""
    out = np.empty(count, np.float32)
    state = seed
    for i in range(count):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        out[i] = np.float32(((state >> 8) - 8388608) / 8388608.0)
    return out


def cache(level):
    for index in range(8):
        base = f'/sys/devices/system/cpu/cpu0/cache/index{index}/'
        try:
            if int(open(base + 'level').read()) != level or open(base + 'type').read().strip() == 'Instruction':
                continue
            size = open(base + 'size').read().strip()
        except OSError:
            continue
        scale = {'K': 1024, 'M': 1024 * 1024}.get(size[-1], 1)
        return int(size.rstrip('KM')) * scale
    raise SystemExit(f'no level-{level} cache in sysfs')


cases = []
for number, (batch, m, k, n, ta, tb) in enumerate([(0, *s) for s in SHAPES] + BATCHED):
    seed = 1000 + number
    lead = (batch,) if batch else ()
    a = lcg(seed, max(batch, 1) * m * k).reshape(lead + ((k, m) if ta else (m, k)))
    b = lcg(seed + 500, max(batch, 1) * k * n).reshape(lead + ((n, k) if tb else (k, n)))
    c = tf.matmul(a, b, transpose_a=ta, transpose_b=tb).numpy()
    cases.append({'batch': batch, 'm': m, 'k': k, 'n': n, 'ta': ta, 'tb': tb, 'seed': seed,
                  'sha256': hashlib.sha256(c.tobytes()).hexdigest()})

convs = []
for number, (b, h, w, c, kh, kw, oc, padding, stride) in enumerate(CONVS):
    seed = 3000 + number
    x = lcg(seed, b * h * w * c).reshape(b, h, w, c)
    f = lcg(seed + 500, kh * kw * c * oc).reshape(kh, kw, c, oc)
    y = tf.nn.conv2d(x, f, stride, padding).numpy()
    convs.append({'x': [b, h, w, c], 'filter': [kh, kw, c, oc], 'padding': padding, 'stride': stride, 'seed': seed,
                  'sha256': hashlib.sha256(y.tobytes()).hexdigest()})

machine = f'{cache(1)},{cache(2)},{cache(3)},{len(os.sched_getaffinity(0))}'
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'native', 'fixtures', 'eigen-matmul-order.json')
with open(path, 'w') as f:
    json.dump({'tensorflow': tf.__version__, 'machine': machine, 'cases': cases, 'convs': convs}, f, indent=1)
    f.write('\n')
print(f'wrote {len(cases)} products and {len(convs)} convolutions for machine {machine}')
