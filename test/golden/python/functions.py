def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("world"))
print(greet("tf", punct="?"))
print(greet(greeting="Hi", name="there"))

def power(base, exp=2):
    return base ** exp

print(power(3), power(2, 10), power(exp=3, base=2))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(5), fact(20))

def nothing():
    pass

print(nothing())

def multi():
    return 1, 'two', 3.0

print(multi())
r1, r2, r3 = multi()
print(r3, r2, r1)

def varargs(first, *rest, sep='-', **options):
    return first, rest, sep, options

print(varargs(1))
print(varargs(1, 2, 3, sep='+', k=4))
args = [10, 20]
kw = {'sep': '/'}
print(varargs(*args, **kw))
