import heapq
import bisect
import random

random.seed(3)
data = [random.randint(0, 99) for _ in range(25)]
heap = []
for x in data:
    heapq.heappush(heap, x)
print(heap)
h2 = list(data)
heapq.heapify(h2)
print(h2, [heapq.heappop(h2) for _ in range(5)], h2)
print(heapq.heappushpop(h2, 1), heapq.heapreplace(h2, 500), h2[:5], len(h2))
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len), heapq.nsmallest(10, [3, 1]))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
grades = [60, 70, 80, 90]
print([bisect.bisect(grades, s) for s in (33, 60, 75, 90, 99)], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70), bisect.bisect_left(grades, 70, 2))
sl = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(sl, x)
print(sl, bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
bisect.insort_left(sl, 4)
print(sl)
