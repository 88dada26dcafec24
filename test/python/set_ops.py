a = set([3, 1, 2, 10, 17])
b = set(range(5, 12))
print(a, b, len(a), 3 in a, 4 not in a)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([100, 1]), a.intersection(b, [10]), a.difference(b), a.symmetric_difference([1, 99]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a > {1}, a >= a, a == set(a), a != b)
print(a.issubset(range(20)), a.issuperset([1, 2]), a.isdisjoint({50}), a.isdisjoint(b))
s = set()
for i in [5, 3, 8, 3, 1, 9, 33, 65]:
    s.add(i)
print(s, len(s))
s.discard(3)
s.discard(1000)
s.remove(8)
print(s)
try:
    s.remove(1000)
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s.pop(), s)
s.update([1, 2], (7,), {40})
print(s)
s.intersection_update(range(10))
print(s)
s.difference_update([1])
s.symmetric_difference_update({2, 100})
print(s)
t = s.copy()
t.clear()
print(t, s, bool(t), bool(s))
f = frozenset([4, 2, 4, 1])
print(f, frozenset(), f | {9}, {9} | f, f & {1, 2}, type(f - {1}).__name__)
print(hash(f) == hash(frozenset([1, 2, 4])), {f: 'x'}[frozenset({1, 2, 4})])
print(hash(frozenset({1, 2})), hash(frozenset()), hash((1, 2)), hash((1, (2, 3))), hash(()))
print(hash(1.5), hash(-0.5), hash(2 ** 61), hash(-1), hash(True), hash(0.0), hash(1e100))
print({1, 1.0, True}, {0, False, 0.0}, len({(1, 2), (1, 2), (2, 1)}))
print(set('hello') == set('olleh'), sorted(set('mississippi')))
print(set([-1, -2, -3, 5]), {100, 200, 300}, {0.5, 1.5, 2.5}, {(1, 2), (3, 4), (5, 6)})
print(set(range(20)), set(range(100, 0, -7)))
big = set(range(1000))
print(len(big), 999 in big, sum(big))
big -= set(range(10, 1000))
print(big)
s = {1, 2, 3}
s |= {4}
s &= {1, 2, 4, 5}
s ^= {2, 9}
s -= {9}
print(s)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
try:
    {1} + {2}
except TypeError as e:
    print('TypeError:', e)
try:
    hash({1})
except TypeError as e:
    print('TypeError:', e)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
print(repr(set()), str({1}), [frozenset({1})], {frozenset({1}), frozenset({1})})
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
print(k, d.values(), d.items())
d['d'] = 4
print(k, len(k), 'a' in k, ('a', 1) in d.items(), 2 in d.values())
print(k & {'a', 'z'}, k - {'a'} == {'b', 'c', 'd'}, sorted(k | {'q'}), k == {'a', 'b', 'c', 'd'})
print(list(reversed(list(k))), list(d.items())[0])
