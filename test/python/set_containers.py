xs = [3, 1, 2]
xs.append(5)
xs.extend([8, 13])
xs.insert(0, 0)
print(xs, len(xs))
print(xs[0], xs[-1], xs[1:3], xs[::2], xs[::-1], xs[-3:])
print(xs.pop(), xs.pop(0), xs)
print(xs.index(2), 2 in xs, 9 in xs, xs.count(1))
xs[1] = 10
xs.sort()
print(xs, sorted(xs, reverse=True))
ys = xs + [1] * 3
print(ys)
t = (1, 'a', 2.5)
print(t, t[1], len(t), t + (None,), (7,), ())
a, b, c = t
print(a, b, c)
d = {'one': 1, 'two': 2}
d['three'] = 3
print(d, len(d), d['two'])
print(d.get('four'), d.get('four', 4), 'one' in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({'one': 100, 'five': 5})
print(d)
for k, v in d.items():
    print(k, v)
print({}, [], dict(), list(), tuple())
print([[1, 2], [3, 4]][1][0])
print([x * x for x in range(6) if x % 2 == 0])
print({k: len(k) for k in ['a', 'bb', 'ccc']})
s = {3, 1, 2}
print(sorted(s), len(s), 2 in s)
