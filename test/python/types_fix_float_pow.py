# float ** uses the C library's pow() as CPython does: these pairs differ in the last digit between
# V8's Math.pow and glibc, plus C99's special cases and the overflow error.
pairs = [
    (24.76148336969143, -4.362011874670916),
    (88.90110044071206, -2.64299697007673),
    (55.95138064977149, 17.73068136053935),
    (1.683172311216219, -16.457363128176752),
    (12.167755852470929, -19.53814675237186),
    (75.94982549985613, -8.401566611025672),
    (0.491359039167208, -31.766670467191886),
    (98.94380669858468, 19.27527727317468),
]
for a, b in pairs:
    print(repr(a ** b), repr(pow(a, b)))
x = 24.76148336969143
x **= -4.362011874670916
print(x)
print(1.0 ** float("nan"), (-1.0) ** float("inf"), float("inf") ** -1, (-8.0) ** 3, 2 ** -1100)
print(3 ** -5, 7 ** -13, (-3) ** -7, True ** -2, 2.0 ** 0.5)
for a, b in [(10.0, 400), (1e308, 2), (10, -400.5), (0.0, -1), (0, -2)]:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
