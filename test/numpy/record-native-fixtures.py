# Records numpy's exact results for the operations numpy runs on native kernels in tfts
# (elementwise arithmetic, comparisons, where, astype, sums in pairwise and row order), on arrays
# large enough to take the native paths and full of edge values (signed zeros, infinities, NaN,
# subnormals, values whose results underflow or overflow). Run with the oracle:
#   TF_CPP_MIN_LOG_LEVEL=3 /work/oracle/bin/python test/numpy/record-native-fixtures.py
# Writes test/numpy/fixtures/native-exact.json: inputs as base64 of their little-endian bytes,
# results as the sha256 of theirs (the test hashes tfts's bytes the same way).
import base64
import hashlib
import json
import os
import numpy as np

def b64(a):
    return base64.b64encode(np.ascontiguousarray(a).tobytes()).decode('ascii')

def digest(a):
    return hashlib.sha256(np.ascontiguousarray(a).tobytes()).hexdigest()

rng = np.random.RandomState(2024)
N = 4500
special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-40, -1e-40, 1e-30, -1e-30, 3e38, -3e38, 1.0, -1.0, 0.5,
                    1.1754944e-38, 2e-45, 255.0], dtype=np.float32)

def edge_array(dtype):
    a = (rng.standard_normal(N) * 10.0 ** rng.randint(-40, 39, N)).astype(dtype)
    idx = rng.randint(0, N, N // 5)
    a[idx] = special[rng.randint(0, len(special), len(idx))].astype(dtype)
    return a

out = {'n': N}
with np.errstate(all='ignore'):
    for dt in ['float32', 'float64']:
        a = edge_array(dt)
        b = edge_array(dt)
        r = {'a': b64(a), 'b': b64(b)}
        for name in ['add', 'subtract', 'multiply', 'divide', 'maximum', 'minimum',
                     'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']:
            f = getattr(np, name)
            r[name] = digest(f(a, b))
            r[name + '_scalar'] = digest(f(a, 255.0))       # array op weak Python float
            r[name + '_rscalar'] = digest(f(1e-38, b))      # weak Python float op array
        r['where'] = digest(np.where(a > b, a, b))
        r['where_scalar'] = digest(np.where(a > b, a, 0.25))
        r['x_div_255'] = digest(a / 255.0)
        # A row broadcast along the leading axis (numpy's (m, k) op (k,)), both ways round.
        for name in ['subtract', 'divide', 'maximum', 'greater']:
            f = getattr(np, name)
            r[name + '_row'] = digest(f(a.reshape(60, 75), b[:75]))
            r[name + '_rowleft'] = digest(f(b[:75].reshape(1, 75), a.reshape(60, 75)))
        out[dt] = r
    # astype: float64 → float32 rounding (overflow to inf, subnormals), ints → floats, bool.
    d = edge_array('float64')
    out['cast'] = {
        'f64': b64(d),
        'f64_to_f32': digest(d.astype(np.float32)),
        'f64_to_bool': digest(d.astype(np.bool_)),
        'i32': b64((rng.randint(-2**31, 2**31 - 1, N, dtype=np.int64)).astype(np.int32)),
        'u8': b64(rng.randint(0, 256, N).astype(np.uint8)),
    }
    i32 = np.frombuffer(base64.b64decode(out['cast']['i32']), dtype=np.int32)
    u8 = np.frombuffer(base64.b64decode(out['cast']['u8']), dtype=np.uint8)
    out['cast'].update({
        'i32_to_f32': digest(i32.astype(np.float32)),
        'i32_to_u8': digest(i32.astype(np.uint8)),
        'i32_to_i16': digest(i32.astype(np.int16)),
        'u8_to_f32': digest(u8.astype(np.float32)),
        'u8_to_f64': digest(u8.astype(np.float64)),
    })
    # Sums: whole arrays (one pairwise sum), trailing axis (pairwise per row), leading axis (rows
    # added in order), means; finite values of mixed magnitude so the order shows in the bits.
    sums = {}
    for dt in ['float32', 'float64']:
        x = (rng.standard_normal((33, 300)) * 10.0 ** rng.randint(-3, 4, (33, 300))).astype(dt)
        sums[dt] = {
            'x': b64(x), 'shape': list(x.shape),
            'all': digest(np.array(x.sum(), dtype=dt)), 'axis1': digest(x.sum(axis=1)), 'axis0': digest(x.sum(axis=0)),
            'mean_all': digest(np.array(x.mean(), dtype=dt)), 'mean_axis0': digest(x.mean(axis=0)),
            'mean_axis1': digest(x.mean(axis=1)),
            'standardized': digest((x - x.mean(axis=0)) / (x.std(axis=0) + 1e-7)),
        }
    out['sums'] = sums

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'native-exact.json')
with open(path, 'w') as f:
    json.dump(out, f)
print('wrote', path, os.path.getsize(path), 'bytes')
