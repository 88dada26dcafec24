class P:
    pass
p = P()
print(format(p, '') == str(p))
try:
    format(p, '>10')
except TypeError as e:
    print(e)
print([1, 2, 3, 2].index(2, 2), (1, 2, 1).index(1, 1), [1, 2].count(2))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V{self.v}'
print(sorted([V(3), V(1), V(2)]), max([V(3), V(1)]), min(V(5), V(4)))
class Reg:
    items = []
    def add(self, x):
        self.items.append(x)
        return type(self).__name__, self.__class__.__name__
r1, r2 = Reg(), Reg()
print(r1.add(1), r2.add(2), Reg.items)
class Ctx:
    def __enter__(self): return 'value'
    def __exit__(self, *a): return False
with Ctx() as v:
    print(v)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i * i
        raise IndexError
print(list(Seq()), len(Seq()), bool(Seq()), 4 in Seq(), list(reversed(Seq())))
class E(Exception):
    pass
e = E('a', 'b')
print(e, repr(e), e.args, str(E()), repr(E('x')))
print(isinstance(E(), Exception), E.__name__, E.__bases__, E.__mro__[-1])
import sys
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
print(list(Node(1, [Node(2), Node(3, [Node(4)])])))
class A:
    def __init__(self):
        self.x = 1
    def __eq__(self, other):
        return self.x == other.x
    __hash__ = object.__hash__
print(A() == A(), len({A(), A()}), A.__hash__ is object.__hash__)
print(type(A.__init__).__name__, type(A().__init__).__name__, A.__init__.__name__, A.__init__.__qualname__)
print(object.__name__, type.__name__, int.__name__, type(None).__name__)
class WithCls:
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def helper():
        return 'h'
w = WithCls.create()
print(type(w).__name__, w.helper(), WithCls.helper(), w.create().__class__.__name__)
print(getattr(WithCls, 'helper')(), str(WithCls), repr(WithCls.create)[:40])
d = {}
d.setdefault('k', []).append(1)
d.setdefault('k', []).append(2)
print(d, d.pop('k'), d, d.pop('z', None))
print(dict.fromkeys(range(3), 'v'), {**{'a': 1}, 'b': 2})
print(int.__mro__, bool.__mro__, issubclass(bool, (str, int)))
print(3 .__class__, (3).__add__(4), 'a'.__len__() if hasattr('a', '__len__') else 'nolen')
