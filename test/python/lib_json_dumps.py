import json
from collections import OrderedDict, namedtuple

data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'none': None, 'pi': 3.14159, 'big': 10**20, 'tiny': 1e-7, 'neg': -0.0}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1, [2, [3, []]], {}], indent=1))
print(json.dumps({'z': 1, 'a': {'y': 2, 'b': [1, 2]}}, sort_keys=True, indent='\t'))
print(json.dumps('héllo wörld ✓ 😀'), json.dumps('héllo ✓ 😀', ensure_ascii=False), json.dumps('tab\tnew\nquote"back\\slash\x01\x7f'))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps((1, 2)), json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])), json.dumps(namedtuple('P', 'x y')(1, 2)), json.dumps(0.1 + 0.2), json.dumps(1e300), json.dumps(12345678.9))
print(json.dumps({'a': 1, (1, 2): 'skip'}, skipkeys=True), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
print(json.dumps({'k': [1, 2]}, indent=0))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)
print(json.dumps({'p': Point(3, 4)}, cls=PointEncoder), json.dumps({'p': Point(3, 4)}, cls=PointEncoder, indent=2))
for bad in [lambda: json.dumps({'p': Point(1, 2)}), lambda: json.dumps([float('nan')], allow_nan=False), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps({'s': {1, 2}}), lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True), lambda: json.dumps(Point(1, 2), cls=PointEncoder) and json.dumps(object(), cls=PointEncoder)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
cyc = []
cyc.append(cyc)
try:
    json.dumps(cyc)
except ValueError as e:
    print('ValueError', e)
