# Generator.standard_exponential/standard_gamma with out= and dtype=float32 (the float32
# exponential ziggurat, the float inverse method and float32 gammas), with check_output errors.
import numpy as np
g = np.random.default_rng(5)
o = np.zeros(4)
r = g.standard_exponential(out=o)
print(r is o, o.tolist())
o2 = np.zeros((2, 3))
g.standard_gamma(2.5, out=o2); print(o2.tolist())
g.standard_gamma([0.5, 1.0, 3.0], out=o2); print(o2.tolist())
g.standard_exponential(size=(2, 3), out=o2, method='inv'); print(o2.tolist())
for k in [dict(out=np.zeros(3, dtype=np.float32)), dict(out=np.zeros(3), size=4), dict(out=[1.0])]:
    try: g.standard_exponential(**k)
    except Exception as e: print(type(e).__name__, e)
for a, k in [((-1,), dict(out=np.zeros(2))), (([1, 2, 3],), dict(out=np.zeros(2))), ((1,), dict(out=np.zeros(2, dtype=int)))]:
    try: g.standard_gamma(*a, **k)
    except Exception as e: print(type(e).__name__, e)
print(g.random())
for seed in [0, 1, 2]:
    g = np.random.default_rng(seed)
    a = g.standard_exponential(3000, dtype=np.float32)
    print(a.dtype, a[:5].tolist(), float(a.astype(np.float64).sum()).hex(), repr(g.standard_exponential(dtype=np.float32)))
    b = g.standard_exponential(1000, dtype='float32', method='inv')
    print(b[:5].tolist(), float(b.astype(np.float64).sum()).hex(), g.random())
    o = np.zeros(3, dtype=np.float32); g.standard_exponential(out=o, dtype=np.float32); print(o.tolist())
for seed in [0, 1, 2]:
    g = np.random.default_rng(seed)
    for sh in [0.3, 1.0, 2.5, 10.0, 0.05]:
        a = g.standard_gamma(sh, 500, dtype=np.float32)
        print(sh, a.dtype, a[:4].tolist(), float(a.astype(np.float64).sum()).hex())
    print(repr(g.standard_gamma(2.0, dtype=np.float32)), g.standard_gamma([0.5, 3.0], dtype=np.float32).tolist(), g.standard_gamma(np.float32(0.7), size=(2,), dtype='f').tolist())
    o = np.zeros(3, dtype=np.float32); g.standard_gamma(1.7, out=o, dtype=np.float32); print(o.tolist(), g.random())
g = np.random.default_rng(0)
for a, k in [((-1,), dict(dtype=np.float32)), (([1, -1],), dict(dtype=np.float32)), ((1,), dict(dtype=np.float32, out=np.zeros(2)))]:
    try: g.standard_gamma(*a, **k)
    except Exception as e: print(type(e).__name__, e)
