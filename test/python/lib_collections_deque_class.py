from collections import deque
import copy
class Window(deque):
    def mean(self):
        return sum(self) / len(self)
w = Window([1, 2, 3], maxlen=3)
w.append(10)
print(w, w.mean(), type(w).__name__, isinstance(w, deque))
d = deque([[1], [2]])
e = copy.deepcopy(d); e[0].append(9)
print(d, e, copy.copy(d), deque('abc', 2), list(reversed(deque([1, 2, 3]))), deque([1, 2]) == [1, 2], 3 in deque([3]))
d = deque(range(5)); d.rotate(-7); print(d, d.index(0), d.index(4, 1), len(d), bool(deque()))
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
