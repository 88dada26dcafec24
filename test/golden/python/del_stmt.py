xs = [0, 1, 2, 3, 4, 5]
del xs[1]
print(xs)
del xs[0:2]
print(xs)
del xs[-1]
print(xs)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
x = 1
y = 2
del x, y
x = 'redefined'
print(x)
