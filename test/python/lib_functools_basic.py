import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(operator.add, ['a', 'b']))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

def power(base, exp, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(5), cube_mod(4), square.func is power, square.args, square.keywords, partial(partial(power, 2), 10)(), partial(max, 1, 5)(3))
print(repr(partial(max, 1)), partial(print, sep='-').keywords)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__qualname__, add.__wrapped__(4, 5))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], sq.cache_info())

@lru_cache
def ident(x):
    return x
print(ident(3), ident(3), ident.cache_info(), ident.cache_parameters())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info())

def compare_len(a, b):
    return len(a) - len(b)
print(sorted(['ccc', 'a', 'bb', 'dddd', ''], key=cmp_to_key(compare_len)), max(['aa', 'b'], key=cmp_to_key(compare_len)))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f'Version({self.major}, {self.minor})'
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, sorted([b, a, Version(0, 9)]), max(a, b))
try:
    total_ordering(type('Empty', (), {}))
except ValueError as e:
    print('ValueError', e)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('computing area')
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
