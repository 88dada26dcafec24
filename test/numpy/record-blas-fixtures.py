# Records numpy's bits for products whose BLAS kernel depends on an operand being a transposed
# (F-ordered) view: X.T @ v and v @ X.T, float64 and float32 (test/numpy/blas-order.test.ts marks
# the transposed operand with noteTransposeView). Run with the oracle:
#   TF_CPP_MIN_LOG_LEVEL=3 /work/oracle/bin/python test/numpy/record-blas-fixtures.py
# Inputs come from vals() (the test computes the same values); results are stored as the sha256
# of their bytes.
import hashlib
import json
import os
import numpy as np

def vals(n, seed):
    i = np.arange(n, dtype=np.int64)
    return ((i * 7919 + seed * 104729) % 10007) / 10007.0 - 0.5

def digest(a):
    return hashlib.sha256(a.tobytes()).hexdigest()

cases = []
for dt in ('float64', 'float32'):
    for (r, c) in [(2, 2), (3, 5), (5, 7), (7, 3), (9, 33), (33, 9), (64, 65), (65, 64), (100, 257), (257, 100), (1000, 461), (3, 230400)]:
        X = vals(r * c, r + 2 * c).reshape(r, c).astype(dt)   # X.T has shape (c, r)
        v = vals(r, 1).astype(dt)                            # X.T @ v
        w = vals(c, 2).astype(dt)                            # w @ X.T
        cases.append({'dtype': dt, 'rows': r, 'cols': c,
                      'tv': digest(X.T @ v), 'wt': digest(w @ X.T)})
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'blas-order.json')
with open(out, 'w') as f:
    json.dump({'numpy': np.__version__, 'cases': cases}, f)
print(out, len(cases))
