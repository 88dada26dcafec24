class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Vec({self.x}, {self.y})'

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __bool__(self):
        return bool(self.x or self.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 2 * a, -a)
print(sum([a, b]), a == Vec(1, 2), a != b, a < b, sorted([b, a]))
c = a
c += b
print(c, a, c is a)
print(len(a), list(a), a[1], bool(Vec(0, 0)), bool(a))
d = {a: 'first', Vec(4, 6): 'dup'}
print(len(d), d[Vec(4, 6)])
s = {Vec(1, 1), Vec(1, 1), Vec(2, 2)}
print(len(s), Vec(2, 2) in s)
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError:', e)
print(NoHash.__hash__)


class Box:
    def __init__(self):
        self._items = {}

    def __setitem__(self, k, v):
        self._items[k] = v

    def __getitem__(self, k):
        return self._items[k]

    def __delitem__(self, k):
        del self._items[k]

    def __contains__(self, k):
        return k in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    def __call__(self, *args, **kw):
        return ('called', args, kw)

    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev)
        return True


bx = Box()
bx['b'] = 2
bx['a'] = 1
print('a' in bx, 'z' in bx, bx['b'], list(bx), bx(1, k=2))
del bx['a']
print(list(bx))
with bx as inner:
    print(inner is bx)
    raise ValueError('boom')
print('after with')


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), max(Countdown(3)), sum(Countdown(5)))


class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Old()), 20 in Old())


class Dyn:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print('deleting', name)
        object.__delattr__(self, name)


dy = Dyn()
dy.v = 5
print(dy.real, dy.v, dy.xyz, hasattr(dy, 'nope'), getattr(dy, 'nope', 'dflt'))
del dy.v
print(hasattr(dy, 'v'))
print(format(Vec(1, 2)), str(Vec(3, 4)), repr([Vec(5, 6)]))


class Money:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return '$' + format(self.v, spec)

    def __str__(self):
        return f'{self.v} dollars'


m = Money(3.14159)
print(f'{m:.2f}', format(m, '>8.1f'), str(m), f'{m}')
