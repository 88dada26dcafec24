class A:
    """Base class A."""
    kind = 'a'

    def who(self):
        return 'A'

    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def make(cls, *args):
        return cls(*args)

    def __init__(self, v=0):
        self.v = v


class B(A):
    def who(self):
        return 'B>' + super().who()


class C(A):
    kind = 'c'

    def who(self):
        return 'C>' + super().who()


class D(B, C):
    def who(self):
        return 'D>' + super().who()


print(D.__mro__)
print([k.__name__ for k in D.mro()], D().who(), D.kind, D.__bases__)
print(A.__doc__, B.__doc__, A.__name__, D.__qualname__, A.__module__)
print(A.static(4), A().static(5), D.make(7).v, type(D.make()).__name__)
print(isinstance(D(), (int, C)), issubclass(D, A), issubclass(bool, int), issubclass(D, (str, B)))
print(isinstance(True, int), isinstance(1, bool), type(True).__mro__)
print(A, D, A(), ) if False else print(repr(A), repr(D))
a = A(3)
print(a.__dict__, vars(a), a.__class__ is A, type(a) is A, a.__class__.__name__)
a.extra = 'x'
print(sorted(vars(a)), hasattr(a, 'extra'), getattr(a, 'v'))
delattr(a, 'extra')
print(hasattr(a, 'extra'))
setattr(a, 'w', 9)
print(a.w)

try:
    class X(A, D):
        pass
except TypeError as e:
    print('TypeError:', e)


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(t.celsius, type(Temperature.celsius).__name__)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


s = Slotted()
s.y = 2
print(s.x, s.y, hasattr(s, '__dict__'))
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError:', e)


class Singleton:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, name):
        self.name = name


s1 = Singleton('one')
s2 = Singleton('two')
print(s1 is s2, s1.name)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def __repr__(self):
        return f'Counter#{self.id}'


cs = [Counter() for _ in range(3)]
print(cs, Counter.count, cs[0].count)
Point = type('Point', (object,), {'x': 1, 'norm': lambda self: self.x * 10})
p = Point()
print(Point.__name__, p.x, p.norm(), type(Point), type(type))


class Base:
    registry = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))


class Child1(Base, tag='one'):
    pass


class Child2(Base):
    pass


print(Base.registry)


class Meta:
    def __eq__(self, other):
        return isinstance(other, Meta)


print(Meta() == Meta(), Meta() != Meta(), Meta() == 1, Meta.__hash__ is None)


class Plain:
    pass


p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, p1 != p2, hash(p1) == hash(p1), str(p1) == repr(p1))
print(repr(p1).startswith('<__main__.Plain object at 0x'), Plain.__doc__)


class Desc:
    def __get__(self, obj, owner):
        return ('get', obj is None, owner.__name__)

    def __set__(self, obj, value):
        obj.__dict__['stored'] = value * 10


class UsesDesc:
    d = Desc()


u = UsesDesc()
print(u.d, UsesDesc.d)
u.d = 4
print(u.stored)


class Named:
    def __set_name__(self, owner, name):
        self.name = name


class HasNamed:
    field = Named()


print(HasNamed.field.name)
print(callable(A), callable(a), callable(a.who), callable(print), callable(3))
print(a.who.__func__ is A.who, a.who.__self__ is a)
