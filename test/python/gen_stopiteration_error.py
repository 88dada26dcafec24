# PEP 479: StopIteration inside a generator becomes RuntimeError, chained.
def broken():
    yield 1
    next(iter([]))

for v in broken():
    print(v)
