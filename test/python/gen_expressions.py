# Generator expressions are lazy, and their first iterable is evaluated at once.
def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i

g = (x * x for x in noisy(3))
print("generator created")
print(type(g).__name__)
print(next(g))
print(list(g))

print(sum(x * x for x in range(10)))
print(max(len(w) for w in "the quick brown fox".split()))
print(list(x + y for x in range(3) for y in range(3) if x != y))
print(", ".join(str(i) for i in range(5)))
print(tuple(c.upper() for c in "abc"))
print(sorted((v, k) for k, v in {"a": 3, "b": 1}.items()))

def first(iterable):
    for v in iterable:
        return v

print(first(n for n in range(10**12) if n % 7 == 6))

evens = (n for n in range(10) if n % 2 == 0)
print(next(evens), next(evens))
for e in evens:
    print("even", e)
print(list(evens))

try:
    gen = (1 / x for x in [1, 0])
    print(next(gen))
    print(next(gen))
except ZeroDivisionError as e:
    print("error on demand:", e)

try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)

data = [1, 2, 3]
g = (d * 10 for d in data)
data.append(4)
print(list(g))

def make():
    k = 3
    return (i * k for i in range(3))

print(list(make()))
print(any(x > 100 for x in range(10**9) if x > 5))
nested = ((i, j) for i in range(2) for j in (k for k in range(i + 2)))
print(list(nested))
