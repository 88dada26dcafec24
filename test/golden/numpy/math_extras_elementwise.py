# numpy elementwise extras: dtypes of every loop (int8/bool/float32/Python scalars), scalar reprs and
# the refusals (legacy "not supported" TypeError, gcd/lcm's UFuncTypeError naming DType classes).
import numpy as np
def show(f, *a, **k):
    try:
        r = f(*a, **k); print(f.__name__, repr(r), getattr(r,'dtype',None))
    except Exception as e: print(f.__name__, type(e).__module__, type(e).__name__, e)
i8=np.array([1,2,-3],dtype=np.int8); b=np.array([True,False]); f32=np.array([1.5,-2.],dtype=np.float32)
for f in [np.fabs, np.signbit, np.deg2rad, np.rad2deg, np.degrees, np.radians, np.sinc, np.arcsinh, np.invert]:
    for x in [i8, b, f32, np.array([1,2]), 3, -2.5, np.float32(2), True, np.uint8(3)]:
        show(f, x)
for f in [np.fmax, np.fmin, np.gcd, np.lcm, np.ldexp, np.logaddexp, np.logaddexp2, np.copysign, np.heaviside, np.float_power, np.bitwise_and, np.left_shift, np.right_shift]:
    for x,y in [(i8, 2), (b, b), (f32, 2), (f32, np.array([1,2])), (3, 4), (2.5, 3), (np.int32(12), np.int64(18)), (b, 1), (np.uint8(200), np.int8(3)), (i8, 1.5), (np.float32(3), 2.0)]:
        show(f, x, y)
show(np.frexp, np.array([8., 0.3, -5, 0, np.inf, np.nan]))
show(np.frexp, np.float32(3)); show(np.frexp, 5); show(np.frexp, np.array([1,2],dtype=np.int8))
show(np.gcd, np.array([12, -18, 0, 7]), np.array([18, 12, 0, -21]))
show(np.lcm, np.array([12, -18, 0, 7]), np.array([18, 12, 0, -21]))
show(np.left_shift, np.array([1,2,3]), 70); show(np.right_shift, np.array([-8, 8]), 70); show(np.left_shift, np.int8(1), 7)
show(np.left_shift, np.array([1], dtype=np.uint8), 9); show(np.right_shift, np.array([-128], dtype=np.int8), 9)
