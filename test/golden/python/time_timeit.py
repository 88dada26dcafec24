import time
import timeit

t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - p0
print(type(t0), t0 > 1.5e9, elapsed >= 0.015, elapsed < 5)
print(type(time.time()), time.time() >= t0)

calls = 0
def work():
    global calls
    calls += 1
    return sum(range(100))

dt = timeit.timeit(work, number=7)
print(type(dt), dt >= 0, calls)
dt = timeit.timeit(work, number=3)
print(calls)
print(callable(timeit.default_timer), type(timeit.default_timer()))
