# np.convolve / np.correlate: modes, dtypes, argument errors, sequential dot products.
import numpy as np
for f in [lambda: np.convolve([1,2,3],[0,1,0.5]), lambda: np.convolve([1,2,3],[0,1,0.5],'same'), lambda: np.convolve([1,2,3],[0,1,0.5],'valid'),
          lambda: np.convolve([1,2],[1,2,3,4]), lambda: np.convolve([1,2],[1,2,3,4], mode='same'), lambda: np.correlate([1,2,3],[0,1,0.5]), lambda: np.correlate([1,2,3],[0,1,0.5],'full'),
          lambda: np.correlate([1,2],[1,2,3,4],'full'), lambda: np.correlate([1,2],[1,2,3,4],'same'), lambda: np.correlate([1,2],[1,2,3,4]),
          lambda: np.convolve([], [1]), lambda: np.convolve([1], []), lambda: np.correlate([], [1]), lambda: np.correlate([1],[]),
          lambda: np.convolve([1,2],[1],'bad'), lambda: np.convolve([1,2],[1],3), lambda: np.correlate([1,2],[1],'f'), lambda: np.convolve(np.float32([1.5,2]), np.float32([0.1,0.2,0.3])),
          lambda: np.convolve(np.array([True,False]), np.array([True,True])), lambda: np.convolve(np.int8([100,100]), np.int8([2,2])), lambda: np.convolve(3, [1,2]),
          lambda: np.convolve(np.ones((2,2)), [1]), lambda: np.correlate([1,2,3],[1,2], mode=1), lambda: np.convolve([1,2,3],[1,2], mode=0)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
rng = np.random.default_rng(3)
x = rng.standard_normal(40); k = rng.standard_normal(7); k2 = rng.standard_normal(14)
print(repr(np.convolve(x, k)), repr(np.correlate(x, k, 'same')), repr(np.convolve(x[:9], k2, 'full')))
# Longer overlaps go through BLAS dot products; float32 too.
print(repr(np.convolve(x.astype(np.float32), k.astype(np.float32), 'same')), repr(np.convolve(x, rng.standard_normal(25))), repr(np.correlate(x.astype(np.float32), rng.standard_normal(19).astype(np.float32), 'full')))
