# Python-defined iterators next to generators.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i


print(list(Countdown(3)))
for v in Countdown(2):
    print("countdown", v)
print(list(Squares(5)), sum(Squares(4)))
it = iter(Squares(3))
print(type(it).__name__, next(it), next(it))

def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

print(list(take(3, Countdown(10))))
print(list(take(5, "ab")))

def pipeline():
    nums = (i for i in range(20))
    odd = (n for n in nums if n % 2)
    squared = (n * n for n in odd)
    return list(take(4, squared))

print(pipeline())

def windowed(seq, size):
    window = []
    for x in seq:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)

print(list(windowed(range(6), 3)))
print(list(map(lambda p: p[0] + p[1], windowed(Countdown(5), 2))))
print(list(filter(None, (x % 3 for x in range(7)))))
print(list(enumerate(Squares(3), start=1)))
print(list(reversed(list(Squares(4)))))
