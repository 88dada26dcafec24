class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = DefaultDict(list, a=[1])
dd['x'].append(2)
print(dd, isinstance(dd, dict), type(dd).__name__, len(dd), dd.factory, sorted(dd))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s + [4], s[1:], type(s[1:]).__name__)
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f'Pt({self[0]}, {self[1]})'
p = Pt(3, 4)
print(p, p.x, len(p), p == (3, 4), hash(p) == hash((3, 4)), isinstance(p, tuple), list(p), {p: 1}[(3, 4)])
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b)
class MySet(set):
    pass
ms = MySet([1, 2])
print(ms, type(ms).__name__, 1 in ms, len(ms), isinstance(ms, set))
class E(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
try:
    raise E('a', 'b')
except ValueError as err:
    print(repr(err), str(err), err.extra)
