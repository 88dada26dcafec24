counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print(counter)

def reads_global():
    return counter * 10

print(reads_global())

square = lambda v: v * v
add = lambda a, b=1: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')())
words = ['banana', 'Apple', 'cherry']
print(sorted(words, key=lambda w: w.lower()))
print(list(map(lambda v: v * 2, [1, 2, 3])))
sign = lambda n: 'neg' if n < 0 else ('zero' if n == 0 else 'pos')
print([sign(n) for n in (-1, 0, 1)])
