def f(a, b, /, c, *, d):
    return a

for call in [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, c=3, d=4, e=5),
    lambda: f(1, 2, 3, c=3, d=4),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
