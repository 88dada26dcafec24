# np.gradient, trapezoid, unwrap, interp, polyval, vander, cumulative_sum/prod step by step as numpy rounds them.
import numpy as np
rng = np.random.default_rng(6)
f = rng.standard_normal(7); g2 = rng.standard_normal((4, 5)); xs = np.cumsum(rng.random(7))
print(repr(np.gradient(f)), repr(np.gradient(f, 0.3)), repr(np.gradient(f, xs)), repr(np.gradient(f, edge_order=2)), repr(np.gradient(f, xs, edge_order=2)))
print(repr(np.gradient(g2)), repr(np.gradient(g2, axis=1)), repr(np.gradient(g2, 2, [0, 1, 3, 4, 9])), repr(np.gradient(g2, axis=-2, edge_order=2)))
print(repr(np.gradient([1, 2, 4, 7, 11])), repr(np.gradient(np.float32([1.5, 2.25, 4, 7.125])), ), repr(np.gradient(np.float32([1.5, 2.25, 4, 7.125]), 0.1)), repr(np.gradient([1, 4, 9], np.float32(0.5))))
for fn in [lambda: np.gradient([1]), lambda: np.gradient([1, 2], edge_order=2), lambda: np.gradient(f, edge_order=3), lambda: np.gradient(f, 1, 2), lambda: np.gradient(f, [1, 2]), lambda: np.gradient(f, np.ones((7, 1)))]:
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, e)
print(repr(np.trapezoid([1, 2, 3])), repr(np.trapezoid([1, 2, 3], x=[4, 6, 8])), repr(np.trapezoid([1, 2, 3], dx=2)), repr(np.trapezoid(f, xs)), repr(np.trapezoid(g2, axis=0)), repr(np.trapezoid(g2)), repr(np.trapezoid(np.arange(6).reshape(2, 3), axis=0)), repr(np.trapezoid(np.float32([1.1, 2.2, 3.3]))), repr(np.trapezoid(g2, np.arange(5.)**2, axis=1)))
phase = np.linspace(0, np.pi, num=5); phase[3:] += np.pi
print(repr(np.unwrap(phase)), repr(np.unwrap([0, 1, 2, -1, 0], period=4)), repr(np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)), repr(np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], period=4)), repr(np.unwrap(np.mod(np.linspace(0, 720, 19), 360) - 180, period=360)), repr(np.unwrap(g2 * 4, axis=0)), repr(np.unwrap(f * 5, discont=4.0)))
print(repr(np.interp(2.5, [1, 2, 3], [3, 2, 0])), repr(np.interp([0, 1, 1.5, 2.72, 3.14], [1, 2, 3], [3, 2, 0])), repr(np.interp(3.14, [1, 2, 3], [3, 2, 0], right=-99.0)), repr(np.interp(rng.random(5) * 8, xs, f)), repr(np.interp([-180, -170, -185, 185, -10, -5, 0, 365], [190, -190, 350, -350], [5, 10, 3, 4], period=360)), repr(np.interp([0, 5], [1], [7])), repr(np.interp(np.float32([1.3]), [1, 2], [0, 1])), repr(np.interp([np.nan, 1.5], [1, 2], [0, 1], left=-1)))
for fn in [lambda: np.interp(1, [], []), lambda: np.interp(1, [1, 2], [1]), lambda: np.interp(1, [1, 2], [1, 2], period=0), lambda: np.interp(1, [[1, 2]], [1, 2])]:
    try: print(repr(fn()))
    except Exception as e: print(type(e).__name__, e)
print(repr(np.polyval([3, 0, 1], 5)), repr(np.polyval([3, 0, 1], [1, 2.5])), repr(np.polyval(f, xs)), repr(np.polyval(np.float32([1.1, 2.2]), np.float32([0.3]))), repr(np.polyval([1, 2], np.arange(3))), repr(np.polyval([0.5, 1], 3)), repr(np.polyval([], 2.0)))
print(repr(np.vander([1, 2, 3, 5])), repr(np.vander(np.array([1, 2, 3, 5]), 3, increasing=True)), repr(np.vander(np.float32([1.1, 2.3]))), repr(np.vander(xs[:3], 4)), repr(np.vander([True, False], 2)), repr(np.vander([1, 2], 0)))
print(repr(np.cumulative_sum([1, 2, 3])), repr(np.cumulative_sum(g2, axis=1)), repr(np.cumulative_sum(np.int32([1, 2]), include_initial=True)), repr(np.cumulative_prod([1.5, 2, 3], dtype=np.float32)), repr(np.cumulative_prod(np.arange(1, 7).reshape(2, 3), axis=0, include_initial=True)), repr(np.cumulative_sum(5)))
try: np.cumulative_sum(g2)
except Exception as e: print(type(e).__name__, e)
