# Special values and keyword forms of numpy's elementwise extras: NaN/inf/-0.0 handling, nan_to_num's
# replacements, frexp/ldexp round trips, shifts past the bit width, FP warnings under their own names.
# Transcendentals (arcsinh, arccosh, arctanh) come from SVML in numpy on AVX-512 CPUs: printed through
# array printing (8 digits) only.
import numpy as np

nan, inf = np.nan, np.inf
x = np.array([-inf, -2.5, -0.0, 0.0, 1.5, inf, nan])
print(np.fmax(x, 1.0), np.fmin(x, 1.0))
print(np.fmax(x, nan), np.fmin(nan, x), np.fmax(nan, nan))
print(np.signbit(x), np.copysign(3.0, x), np.copysign(x, -1))
print(np.heaviside(x, 0.5), np.heaviside(x, np.array([[0.0], [1.0]])))
print(np.fabs(x), repr(np.fabs(-0.0)), repr(np.fabs(np.int16(-7))))
print(np.nan_to_num(x), np.nan_to_num(x, nan=-1.0, posinf=9.0, neginf=-9.0))
print(np.nan_to_num(x.astype(np.float32)), np.nan_to_num(x.astype(np.float16)))
print(repr(np.nan_to_num(nan)), repr(np.nan_to_num(inf)), repr(np.nan_to_num(np.float32(-inf))), np.nan_to_num(np.arange(3)))
print(np.nan_to_num(x, copy=False, nan=7), np.nan_to_num([1.0, nan], posinf=3))
m, e = np.frexp(np.array([1e-310, 2.0**-1074, 1e308, -0.75, 1.0, 3.0]))
print(m.tolist(), e.tolist(), np.ldexp(m, e).tolist())
print(np.ldexp(1.0, [1023, 1024, -1074, -1075, -1080]).tolist(), np.ldexp(np.float32(1.5), np.array([127, 128, -149], dtype=np.int32)))
print(np.ldexp(np.array([1.0, 2.0]), np.array([[1], [2]], dtype=np.int8)))
print(np.logaddexp(np.array([-inf, inf, 0.0, nan, -inf]), np.array([-inf, inf, -inf, 1.0, 5.0])))
print(np.logaddexp2(np.array([-inf, inf, 0.0, 3.0]), np.array([-inf, inf, 0.0, 3.0])))
print(np.logaddexp(np.array([1.0, 2.0, 3.0]), 1000.0).tolist(), np.logaddexp2(-1000.0, [1.0, 2.0]).tolist())
print(np.float_power(np.array([2, 3, 4]), np.array([-1, 0, 2])), np.float_power(-8, 1 / 3), np.float_power(0.0, -1))
print(np.float_power(np.float32(2), np.float32(0.5)).dtype, np.float_power([1, 2], 0.5).tolist())
print(np.deg2rad(np.array([0, 90, 180, 360, -45])).tolist(), np.rad2deg(np.pi), np.degrees(np.float32(np.pi)))
print(np.sinc(np.array([0.0, 0.5, 1.0, -1.5, 2.25])).tolist(), np.sinc(np.float32([0.0, 0.25])), np.sinc(0))
print(np.arcsinh(np.array([-3.0, 0.0, 0.5, 1e-10, 1e300])), np.arccosh(np.array([1.0, 2.0, 10.0, 1e10])))
print(np.arctanh(np.array([0.0, 0.5, -0.25, 0.999])), np.arcsinh(np.float32([1.0, -2.0])))
print(np.arctanh(np.array([1.0, -1.0])), np.arctanh(2.0), np.arccosh(0.5))
print(np.gcd(np.arange(0, 30, 4), 12), np.lcm(np.arange(1, 8), 6), np.gcd(np.int8(-128), np.int8(6)))
print(np.gcd(np.array([2**40, 0], dtype=np.int64), np.array([2**35 * 3, 0])), np.lcm(np.uint8(20), np.uint8(30)))
print(np.bitwise_and(np.arange(8), 5), np.bitwise_or(np.int8(-16), np.int8(3)), np.bitwise_xor([True, False], [True, True]))
print(np.bitwise_and(np.uint16(0xF0F0), 0x0FF0), np.bitwise_or(np.array([1, 2], dtype=np.uint8), np.array([4, 8], dtype=np.int8)))
print(np.invert(np.array([0, 1, 255], dtype=np.uint8)), np.invert(np.array([0, -1, 2**40])), np.bitwise_not(np.array([True, False])))
print(np.left_shift(1, np.arange(0, 66, 8)), np.right_shift(-1000, np.arange(0, 12, 3)), np.left_shift(np.int8(3), [5, 6, 7, 8, -1]))
print(np.right_shift(np.array([200, 17], dtype=np.uint8), 2), np.left_shift(True, True), np.right_shift(np.int64(-2**62), 61))
for bad in [lambda: np.invert(1.5), lambda: np.left_shift(1.0, 2), lambda: np.bitwise_xor(np.float32(1), 1),
            lambda: np.ldexp(1.0, 2.0), lambda: np.gcd(1.5, 2), lambda: np.lcm(np.float16(1), np.uint16(2)),
            lambda: np.fmax(1), lambda: np.heaviside(1.0, 2.0, 3.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# out= / where= / dtype= and the argument errors of a ufunc call
o = np.zeros(3)
r = np.fmax(np.array([1.0, nan, 3.0]), 2.0, out=o)
print(r is o, o, np.copysign([1, 2, 3], -1.0, o), o)
o32 = np.full(3, -5, dtype=np.float32)
np.heaviside(np.array([-1.0, 0.0, 1.0]), 0.5, out=o32, where=[True, False, True])
print(o32, np.gcd(np.array([4, 6, 8]), 6, out=np.zeros(3, dtype=np.int32)), np.fabs(-2, out=(np.zeros(2),)))
print(repr(np.logaddexp(np.float32(1), 2, dtype=np.float64)), np.left_shift(np.ones(2, dtype=np.int8), 3, out=np.zeros((2, 2), dtype=np.int64)))
for bad in [lambda: np.fabs(), lambda: np.fmax(1, 2, 3, 4), lambda: np.fmax(1, 2, foo=1), lambda: np.fabs(1, out=3),
            lambda: np.fmax(np.arange(3.0), 1, out=np.zeros(2)), lambda: np.fmax(np.arange(3.0), 1, out=np.zeros(3, dtype=np.int64)),
            lambda: np.fmax(x1=1, x2=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# bits of the functions whose numpy loops are plain arithmetic or the C library's pow
k = np.arange(1000, dtype=np.float64)
a = (k * 0.7548776662466927) % 1.0
b = (k * 0.5698402909980532) % 1.0
for dt in [np.float64, np.float32]:
    print(np.deg2rad(((a - 0.5) * 1000).astype(dt)).tolist() == np.radians(((a - 0.5) * 1000).astype(dt)).tolist())
    print(np.deg2rad(((a - 0.5) * 1000).astype(dt)).tolist())
    print(np.rad2deg(((a - 0.5) * 10).astype(dt)).tolist())
    print(np.float_power((a * 10).astype(dt), ((b - 0.5) * 10).astype(dt)).tolist())
    print(np.sinc(((a - 0.5) * 20).astype(dt)).tolist())
    print(np.ldexp(((a - 0.5) * 20).astype(dt), (b * 40 - 20).astype(np.int32)).tolist())

# nan_to_num(copy=False) writes into the array (a column view reaches its base)
x = np.array([1.0, np.nan, np.inf])
r = np.nan_to_num(x, copy=False)
print(r is x, x)
m = np.array([[np.nan, 1.0], [2.0, -np.inf]])
col = m[:, 0]
np.nan_to_num(col, copy=False, nan=5)
print(m, col)
i = np.arange(3)
print(np.nan_to_num(i, copy=False) is i, np.nan_to_num(i) is i)
