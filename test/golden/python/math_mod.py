import math
print(math.pi, math.e, math.inf, -math.inf)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25))
print(math.floor(-2.5), math.ceil(2.1), math.floor(3), math.trunc(-2.7))
print(math.exp(0), math.exp(1), math.log(1), math.log(math.e))
print(math.log(100, 10), math.log2(1024), math.log10(1000))
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1) * 4)
print(math.fabs(-3), math.pow(2, 10), math.factorial(10), math.gcd(12, 18))
print(math.hypot(3, 4), math.isnan(float('nan')), math.isinf(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.copysign(1.0, -0.0))
print(type(math.floor(2.5)), type(math.sqrt(4)))
from math import sqrt, pi as PI
print(sqrt(9), PI)
