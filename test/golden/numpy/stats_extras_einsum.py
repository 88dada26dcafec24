# np.einsum (numpy's C loops: nditer axis order, SIMD-lane sums, 8192-element buffers) and its errors.
import numpy as np

rng = np.random.default_rng(0)
a = rng.standard_normal((3, 5)); b = rng.standard_normal((5, 4)); v = rng.standard_normal(37); w = rng.standard_normal(37)
m = rng.standard_normal((6, 6)); c3 = rng.standard_normal((2, 3, 5)); d3 = rng.standard_normal((2, 5, 4))
f = a.astype(np.float32); g = b.astype(np.float32); vf = v.astype(np.float32); wf = w.astype(np.float32)
print(repr(np.einsum('ij,jk->ik', a, b)))
print(repr(np.einsum('ij,jk', a, b)), repr(np.einsum('ij,jk->ik', a, b, optimize=False)))
print(repr(np.einsum('i,i', v, w)), repr(np.einsum('i,i->', vf, wf)))
print(repr(np.einsum('i->', v)), repr(np.einsum('i', v)[:3]), repr(np.einsum('i->', vf)))
print(repr(np.einsum('ii', m)), repr(np.einsum('ii->i', m)), repr(np.einsum('ij->', m)), repr(np.einsum('ij->j', m)), repr(np.einsum('ij->i', m)))
print(repr(np.einsum('ij->ji', a)), repr(np.einsum('ba', a)))
print(repr(np.einsum('bij,bjk->bik', c3, d3)))
print(repr(np.einsum('i,j->ij', v[:3], w[:4])), repr(np.einsum('i,j', v[:2], w[:2])))
print(repr(np.einsum('ij,ij->i', a, a)), repr(np.einsum('ij,ij->', a, a)), repr(np.einsum('ij,ij->j', a, a)))
print(repr(np.einsum('...ij,...jk->...ik', c3, d3)), repr(np.einsum('...i->...', c3)), repr(np.einsum('i...->...', c3)))
print(repr(np.einsum('ij,j->i', a, v[:5])), repr(np.einsum('ji,j->i', a, v[:3])))
print(repr(np.einsum('ij,jk->ik', f, g)), repr(np.einsum('ij->', f)), repr(np.einsum('ijk->', c3)), repr(np.einsum('ijk->k', c3)), repr(np.einsum('ijk,ijk->', c3, c3)))
print(repr(np.einsum('ij,jk,kl->il', a, b, rng.standard_normal((4, 2)))))
print(repr(np.einsum('i,i', np.arange(5), np.arange(5))), repr(np.einsum('ij->j', np.arange(6, dtype=np.int32).reshape(2, 3))), repr(np.einsum('i,i', np.array([True, False]), np.array([True, True]))))
print(repr(np.einsum('i,i->i', vf, wf)[:5]), repr(np.einsum('i,i->', v[:3], np.arange(3))), repr(np.einsum('...,...', 3, 4)))
print(repr(np.einsum('ij,kj->ik', a, a)), repr(np.einsum('ji,jk->ik', a, a)))
print(repr(np.einsum('i->', rng.standard_normal(20000))), repr(np.einsum('i,i', rng.standard_normal(20000), rng.standard_normal(20000))))
print(repr(np.einsum('i->', np.arange(3, dtype=np.int32))), repr(np.einsum('i,i->', np.arange(3, dtype=np.int8), np.arange(3., dtype=np.float32))))
print(repr(np.einsum('ij...,j->...', a, np.arange(5.))), repr(np.einsum('i->', np.float16([1.5, 2.25, 3]))), repr(np.einsum('i->i', np.arange(3), dtype=np.float32)))
print(repr(np.einsum('ij,ij->ij', a, a)), repr(np.einsum('ii->', np.arange(9).reshape(3, 3))), repr(np.einsum(' i j , j k -> i k ', a, b)))
x = np.arange(6.).reshape(2, 3)
cases = [("ij,jk", (x,)), ("ij,jk->ik", (x,)), ("ij->k", (x,)), ("i", (x,)), ("ij", (x, x)), ("ij,jk->ik", (x, x)), ("ij-ik", (x,)), ("i.j", (x,)),
         ("ij->ii", (x,)), ("ij->i,j", (x,)), ("ij->i->j", (x,)), ("1j", (x,)), ("...i...", (x,)), ("ij->.", (x,)), ("ij,ij", (x,)), ("ijk", (x,)),
         ("ii", (x,)), ("ji,jk", (x, b))]
for s, ops in cases:
    try:
        print(s, repr(np.einsum(s, *ops)))
    except Exception as e:
        print(s, type(e).__name__, e)
for bad in [lambda: np.einsum(), lambda: np.einsum(x), lambda: np.einsum('i,i', np.arange(3), np.arange(4)), lambda: np.einsum('ij,j', x, np.arange(4.)),
            lambda: np.einsum('ij,ij->', x, np.ones((3, 2))), lambda: np.einsum('ij,j->ij', x, 1)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
# The interleaved (operand, sublist) form and out=.
p = np.arange(6.).reshape(2, 3); q = np.arange(12.).reshape(3, 4)
print(repr(np.einsum(p, [0, 1], q, [1, 2], [0, 2])), repr(np.einsum(p, [0, 1])), repr(np.einsum(p, [Ellipsis, 1], [Ellipsis])), repr(np.einsum(p, [0, 1], q, [1, 2])))
for f in [lambda: np.einsum(p, [0, 60]), lambda: np.einsum(p, [0, 'x']), lambda: np.einsum(p, [0, 1], q)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
o = np.zeros((2, 4)); r = np.einsum('ij,jk->ik', p, q, out=o); print(r is o, repr(o))
o32 = np.zeros(2, dtype=np.float32)
try:
    np.einsum('ij->i', p, out=o32)
except TypeError as e:
    print(e)

# dtype= under casting= (numpy's iterator casting check).
for f in [lambda: np.einsum('i->', np.arange(3), dtype=np.float32), lambda: np.einsum('i->', np.arange(3), dtype=np.float64), lambda: np.einsum('i->', np.arange(3.), dtype=np.int64), lambda: np.einsum('i->', np.arange(3.), dtype=np.int64, casting='unsafe'), lambda: np.einsum('i,i->', np.arange(3, dtype=np.int8), np.arange(3, dtype=np.int8), dtype=np.int16), lambda: np.einsum('i->', np.float32([1.5, 2]), dtype=np.float64)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
