from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), Point._make([5, 6]), Point, len(p), p == (1, 2), list(p))
x, y = p
print(x + y, isinstance(p, tuple), sum(p), Point.__doc__, Point._field_defaults)
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: P3(), lambda: namedtuple('X', 'a a'),
            lambda: namedtuple('X', '_a'), lambda: namedtuple('X', 'class'), lambda: namedtuple('1X', 'a'), lambda: p._replace(z=1), lambda: Point._make([1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(namedtuple('R', 'a _b class', rename=True)._fields)
class Pt(namedtuple('Pt', 'x y')):
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Pt(3, 4).norm(), Pt(3, 4))
