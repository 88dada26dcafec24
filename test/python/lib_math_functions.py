import math
xs = [i * 0.37 - 5.1 for i in range(60)] + [1e-300, 1e300, 0.5, 2.0, 1e-5, 123456.789]
for name in ['exp','expm1','log1p','sin','cos','tan','atan','sinh','cosh','tanh','asinh','erf','erfc','cbrt','exp2']:
    out = []
    for x in xs:
        try: out.append(repr(getattr(math, name)(x)))
        except Exception as e: out.append(type(e).__name__)
    print(name, ' '.join(out))
for name in ['log','log2','log10','sqrt','acosh','gamma','lgamma']:
    out = []
    for x in xs:
        try: out.append(repr(getattr(math, name)(abs(x))))
        except Exception as e: out.append(type(e).__name__)
    print(name, ' '.join(out))
for name in ['asin','acos','atanh']:
    print(name, [getattr(math, name)(i/37) for i in range(-36, 37)])
ps = [(3,4),(1.5,2.5),(1e-320,3e-321),(0.1,0.2,0.3),(1e308,1e308),(7,)]
print([math.hypot(*p) for p in ps])
print([math.hypot(a*0.13, b*0.71) for a in range(1,30) for b in range(1,6)])
print(math.dist((1,2,3),(4.5,6.1,-2)), math.dist([0.1]*5, [0.3]*5))
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum(i*0.1 for i in range(100)) if False else 0)
print([math.pow(x, y) for x in (0.5, 1.7, 2.3, 10.1) for y in (0.3, 1.9, -2.7, 33.3)])

print(math.atan2(1, 2), math.atan2(-0.0, -1), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.remainder(7, 2), math.remainder(5, 2))
print(math.frexp(1234.5), math.frexp(-1e-310), math.frexp(0.0), math.ldexp(0.75, 11), math.modf(-3.25), math.modf(2.0), math.modf(-0.5))
print(math.degrees(1), math.radians(180), math.degrees(math.pi/3), math.radians(33))
print(math.ulp(1.0), math.ulp(1e300), math.nextafter(1, 2), math.nextafter(0, -1), math.copysign(3, -0.0))
print(math.factorial(30), math.gcd(12, 18, -27), math.lcm(4, 6, 10), math.isqrt(10**30+5), math.comb(50, 20), math.perm(10, 3), math.perm(6))
print(math.prod([1,2,3,4]), math.prod([0.5, 3]), math.prod([], start=7), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(1e20), math.ceil(3))
print(math.log(10**400), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1e-7), math.log(2**1000), math.log10(10**500))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isinf(-math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
neg = [-0.5, -1.5, -2.25, -7.3, -19.9, -150.5, -170.2, 0.1, 1e-25, 170.5, 141.7, 150.25]
print([math.gamma(x) for x in neg])
print([math.lgamma(x) for x in neg + [171.5, 1e300, -1e-25, 3.0, 2.0, 1.0]])
print([math.gamma(n) for n in range(1, 25)])
print(math.exp(-745.2), math.exp(709.7), math.log1p(-0.999999), math.expm1(1e-10), math.sinh(-0.0), math.atan2(0.0, -0.0))
print(math.ldexp(1.0, -1074), math.ldexp(1.5, 1023), math.frexp(5e-324), math.frexp(1.7976931348623157e308))
print(math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum([1, 2**53, -2**53]), math.fsum([]), math.fsum([1e308, -1e308, 1.5]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1]))
print(math.fsum(x * 0.001 for x in range(10000)) if False else math.fsum([x * 0.001 for x in range(10000)]), sum([x * 0.001 for x in range(10000)]))
print(math.isqrt(0), math.isqrt(99), math.isqrt(2**200), math.factorial(0), math.factorial(100))
print(math.comb(10, 0), math.comb(10, 11), math.comb(100, 50), math.perm(5, 0), math.perm(5, 6), math.perm(40, 20), math.gcd(), math.gcd(0, 0), math.lcm(), math.lcm(0, 5))
print(math.floor(True), math.ceil(-0.0), math.trunc(7.9), math.floor(-1e16 - 0.5), type(math.floor(2.5)).__name__, math.ceil(2**70 + 0.0))
print(math.sqrt(2), math.sqrt(1e-320), math.cbrt(-27), math.exp2(0.5), math.hypot(), math.hypot(-3), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.copysign(1.0, -math.nan) if False else math.copysign(2, -3), math.fabs(-0.0), math.modf(math.inf), math.modf(-math.inf), math.remainder(-7.5, 2), math.fmod(3, math.inf))
