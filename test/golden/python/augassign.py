x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
y = 17
y %= 5
print(y)
y **= 3
print(y)
y <<= 2
print(y)
s = 'ab'
s += 'cd'
s *= 2
print(s)
xs = [1]
alias = xs
xs += [2, 3]
print(xs, alias, xs is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {'n': 0}
d['n'] += 1
print(d)
lst = [1, 2, 3]
lst[0] *= 10
print(lst)
