from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict([('x', 1), ('y', 2), ('z', 3)])
od.move_to_end('x'); print(od); od.move_to_end('z', last=False); print(od, OrderedDict(), od == OrderedDict(od), dict(od) == od)
dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dd['a'], 'c' in dd, len(dd), dict(dd), defaultdict(int), defaultdict(None, {'k': 1}))
counts = defaultdict(int)
for w in 'the cat the dog the end'.split(): counts[w] += 1
print(counts, sorted(counts.items()))
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements()), c.total())
c.update('aaz'); print(c); c.subtract({'a': 10}); print(c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b, -Counter(x=-2, y=1), +Counter(x=-2, y=1), a == Counter(b=1, a=3), Counter(), Counter([1, 1, 2]))
words = 'it was the best of times it was the worst of times'.split()
wc = Counter(words)
print(wc.most_common(3), wc['times'], len(wc), list(wc.keys())[:3])
for word, n in wc.most_common():
    print(f'{word:>6} {n}')
del wc['it']; print(wc)

nested = defaultdict(lambda: defaultdict(int)); nested['a']['b'] += 2; print(nested['a'], dict(nested['a']))
try:
    defaultdict(5)
except TypeError as e:
    print(e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
