from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.rotate(1); print(d); d.rotate(-2); print(d); d.extend('ab'); d.extendleft('xy'); print(d)
m = deque(maxlen=3)
for i in range(6): m.append(i)
print(m, m.maxlen, list(m), deque(range(10), maxlen=2), deque())
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(7), lambda: deque([1], maxlen=1).insert(0, 2)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
# A breadth-first search with a deque, as tutorials write it.
graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}
seen, order, queue = {'A'}, [], deque(['A'])
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)
d = deque('abc')
print(d + deque('de'), d * 2, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), d.index('b'), d.count('a'), list(reversed(d)))
d.reverse(); d.insert(1, 'z'); del d[0]; d[0] = 'q'; print(d, d.copy(), bool(deque()))
