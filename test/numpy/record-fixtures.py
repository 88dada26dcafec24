# Records numpy facts the unit tests in test/numpy check tfts against. Run with the oracle:
#   TF_CPP_MIN_LOG_LEVEL=3 /work/oracle/bin/python test/numpy/record-fixtures.py
# Writes test/numpy/fixtures/numpy-facts.json.
import json
import os
import numpy as np

names = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'float32', 'float64']
facts = {}

# np.promote_types for every pair.
facts['promote'] = {f'{a},{b}': np.promote_types(a, b).name for a in names for b in names}

# NEP 50: an array of each dtype combined with a Python bool/int/float (weak scalars).
weak = {}
for n in names:
    a = np.zeros(1, dtype=n)
    for label, v in [('bool', True), ('int', 1), ('float', 1.5)]:
        weak[f'{n},{label}'] = (a + v).dtype.name
facts['weak'] = weak

# Float functions on integer inputs pick the smallest float that holds them.
facts['sqrt_dtype'] = {n: np.sqrt(np.ones(1, dtype=n)).dtype.name for n in names}
facts['sum_dtype'] = {n: np.ones(2, dtype=n).sum().dtype.name for n in names}

# The legacy MT19937 stream: uniform doubles, gaussians and bounded ints after seeding.
rs = {}
np.random.seed(12345)
rs['random'] = np.random.random(5).tolist()
rs['randn'] = np.random.randn(5).tolist()
rs['randint'] = np.random.randint(0, 1000, 8).tolist()
rs['randint_wide'] = np.random.randint(0, 2**40, 3).tolist()
np.random.seed(0)
rs['perm'] = np.random.permutation(10).tolist()
facts['random'] = rs

# Pairwise summation: float32 sums of every length that exercises the blocks, exact bits.
np.random.seed(3)
sums = []
for n in [1, 7, 8, 9, 100, 128, 129, 255, 256, 1000, 4097]:
    x = np.random.rand(n).astype(np.float32)
    sums.append({'values': x.astype(np.float64).tolist(), 'sum': float(x.sum()), 'mean': float(x.mean())})
m = np.random.rand(37, 41).astype(np.float32)
facts['sums'] = sums
facts['matrix'] = {'values': m.astype(np.float64).tolist(), 'axis0': m.sum(axis=0).astype(np.float64).tolist(), 'axis1': m.sum(axis=1).astype(np.float64).tolist()}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'fixtures', 'numpy-facts.json')
with open(out, 'w') as f:
    json.dump(facts, f)
print('wrote', out)
