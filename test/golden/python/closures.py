def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = make_counter(10)
print(c(), c(), c(5))
d = make_counter()
print(d(), c())

def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x, i=i: x + i)
    return fs

print([f(10) for f in make_adders()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs

print([f(10) for f in late_binding()])

def outer():
    msg = 'outer'
    def inner():
        return msg + '-inner'
    return inner()

print(outer())
