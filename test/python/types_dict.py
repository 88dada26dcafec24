d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d, len(d), d[1], d[True], {0: 'a', False: 'b', 0.0: 'c'}, hash(-1), hash(-1.0), {-1: 'x'}[-1.0])
d = {'b': 2, 'a': 1}
d['c'] = 3
del d['b']
d['b'] = 4
print(d, list(d), list(d.values()), list(d.items()), len(d), 'a' in d, 2 in d)
print(d.get('a'), d.get('zz'), d.get('zz', 0), d.setdefault('a', 9), d.setdefault('n', []), d)
print(d.pop('n'), d.pop('missing', 'dflt'), d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
d.update(w=0)
print(d, dict.fromkeys('abc', 0), dict.fromkeys([1, 2]))
e = d.copy()
e['x'] = 100
print(d['x'], e['x'], d == e, d != e, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 1} == {1.0: 1.0})
keys = d.keys()
vals = d.values()
items = d.items()
d['new'] = 'v'
print(keys, len(vals), ('new', 'v') in items, 'new' in keys)
print(keys & {'a', 'x', 'q'} == {'a', 'x'}, sorted(keys - {'a'}), sorted(keys | {'q'}), sorted(keys ^ {'a', 'q'}))
print(items & {('a', 1)}, keys == set(d), keys.isdisjoint(['nope']), list(reversed(d)), list(reversed(d.values()))[:2])
print(d | {'a': 'over'}, {'k': 1} | {'j': 2})
f = {'m': 1}
f |= {'n': 2}
f |= [('o', 3)]
print(f)
print(dict(a=1, **{'b': 2}), dict([(1, 2)], c=3), dict(zip('xy', [1, 2])), {**f, 'p': 4}, dict(f))
print({k: v * 2 for k, v in f.items()}, {i: i * i for i in range(4)}, dict(enumerate('ab')))
nested = {'outer': {'inner': [1, 2, {'deep': None}]}}
print(nested, nested['outer']['inner'][2]['deep'], str(nested), repr({'q': "it's"}))
try:
    d['nope']
except KeyError as err:
    print('KeyError', err, repr(err), err.args)
try:
    for k in d:
        d['added'] = 1
except RuntimeError as err:
    print('RuntimeError:', err)
g = {}
g[(1, 2)] = 'tuple'
g[frozenset([1])] = 'fs'
g[None] = 'none'
g[3.5] = 'float'
g[2 ** 80] = 'big'
print(g, g[(1, 2)], g[frozenset({1})], g[None], g[2 ** 80])
print(sorted({'b': 1, 'a': 2}.items()), max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]), sum({1: 'a', 2: 'b'}))
print(list(iter({'x': 1})), next(iter({'y': 2}.items())), len({}), bool({}), bool({0: 0}), {}.get(1) is None)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__, type(iter({})).__name__)
