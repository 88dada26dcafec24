# np.einsum(optimize=...) on two operands: numpy contracts through batched matmul (bmm_einsum).
import numpy as np
rng = np.random.default_rng(11)
a = rng.standard_normal((3, 5)); b = rng.standard_normal((5, 4)); c3 = rng.standard_normal((2, 3, 5)); d3 = rng.standard_normal((2, 5, 4)); v = rng.standard_normal(5)
A = rng.standard_normal((6, 30)); B = rng.standard_normal((30, 5))
for s, ops in [('ij,jk->ik', (a, b)), ('ij,jk', (a, b)), ('ij,kj->ik', (a, b.T)), ('ji,jk->ik', (a.T, b)), ('bij,bjk->bik', (c3, d3)), ('bij,bjk->bki', (c3, d3)), ('ij,j->i', (a, v)), ('i,i->', (v, v)), ('i,j->ij', (v, v)), ('ij,ij->i', (a, a)), ('ij,ij->ij', (a, a)), ('ij,jk->', (a, b)), ('ij,jk->ki', (a, b)), ('...ij,...jk->...ik', (c3, d3)), ('ij,jk->ik', (A, B)), ('bij,jk->bik', (c3, b)), ('ii,i->i', (rng.standard_normal((3,3)), v[:3])), ('ij,jk->ik', (np.arange(6).reshape(2, 3), np.arange(12).reshape(3, 4))), ('ij,jk->ik', (a.astype(np.float32), b.astype(np.float32))), ('i1,1k->ik'.replace('1','j'), (np.ones((3,1)), np.ones((1,4))))]:
    print(s, repr(np.einsum(s, *ops, optimize=True)))
print(repr(np.einsum('ij,jk->ik', a, b, optimize='greedy')), repr(np.einsum('ij,jk->ik', a, b, optimize='optimal')))
rng = np.random.default_rng(21)  # three and four operands: greedy einsum_path order
a = rng.standard_normal((3, 5)); b = rng.standard_normal((5, 4)); c = rng.standard_normal((4, 6)); d = rng.standard_normal((6, 2)); v = rng.standard_normal(5)
A = rng.standard_normal((8, 30)); B = rng.standard_normal((30, 9)); C = rng.standard_normal((9, 3))
for s, ops in [('ij,jk,kl->il', (a, b, c)), ('ij,jk,kl,lm->im', (a, b, c, d)), ('ij,jk,kl->', (a, b, c)), ('ij,j,jk->ik', (a, v, b)), ('ij,jk,kl->il', (A, B, C)), ('ij,jk,kl->li', (A, B, C)), ('ij,ik,il->jkl', (a, a, a)), ('i,i,i->', (v, v, v)), ('ij,jk,ki->', (rng.standard_normal((3, 4)), rng.standard_normal((4, 5)), rng.standard_normal((5, 3)))), ('ij,jk->ik', (a, b)), ('ij,kj->ik', (a, b.T))]:
    print(s, repr(np.einsum(s, *ops, optimize=True)), repr(np.einsum(s, *ops, optimize='greedy')))
a = np.ones((2, 3))  # einsum_path's own error texts
for f in [lambda: np.einsum('ij,jk', a, optimize=True), lambda: np.einsum('ij,jk->ik', a, a, optimize=True), lambda: np.einsum('ij->k', a, a, optimize=True), lambda: np.einsum('i1', a, optimize=True),
          lambda: np.einsum('ij', a, a, optimize=True), lambda: np.einsum('ijk', a, optimize=True), lambda: np.einsum('ij,jk', a, np.ones(3), optimize=True), lambda: np.einsum('ij->ii', a, optimize=True), lambda: np.einsum('ij', a, optimize=True)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
