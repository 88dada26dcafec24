# Statement and expression forms inside function bodies (compiled to JavaScript), checked against
# the same code's CPython results.
def arith():
    out = []
    a, b = 7, -3
    out.append((a + b, a - b, a * b, a / b, a // b, a % b, -a, a ** 2, 2 ** 64, -b // 2))
    x, y = 7.5, 2
    out.append((x + y, x - y, x * y, x / y, x // y, x % y, -x, -0.0, 0.0 * -1))
    out.append((True + 1, True * 2.5, 10 ** 20 + 1, (2 ** 53 + 1) - 1, 9007199254740991 + 2))
    total = 0
    for i in range(100000, 100100):
        total += i * i * i * i
    out.append(total)
    return out

for row in arith():
    print(row)

def compare(v):
    return (v < 3, v <= 3, v > 3, v >= 3, v == 3, v != 3, v is None, v is not None, 1 < v < 5, not v)

print(compare(3), compare(2.5), compare(10 ** 30))

def swap_and_unpack():
    a, b = 1, 2
    a, b = b, a
    c, (d, e) = 3, [4, 5]
    f = g = 6
    lst = [0, 1, 2]
    lst[0], lst[2] = lst[2], lst[0]
    i = 0
    i, lst[i] = 2, 9
    return a, b, c, d, e, f, g, lst

print(swap_and_unpack())

def loops():
    out = []
    for i in range(5):
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("no")
    for ch in "ab":
        for n in range(2):
            out.append(ch * (n + 1))
    for i in range(3):
        pass
    else:
        out.append("else")
    n = 0
    while n < 5:
        n += 2
    else:
        out.append(n)
    items = [1, 2, 3]
    for x in items:
        if x < 3:
            items.append(x * 10)
    out.append(items)
    for i in range(10, 0, -3):
        out.append(i)
    for k, v in {"a": 1}.items():
        out.append(k + str(v))
    try_count = 0
    for i in range(5):
        try:
            if i == 3:
                break
            try_count += 1
        finally:
            try_count += 100
    out.append(try_count)
    return out

print(loops())

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    for _ in range(3):
        inc()
    return count, inc()

print(counter())

seen = 0
def bump_global(n):
    global seen
    for i in range(n):
        seen += i
    return seen

print(bump_global(5), seen)

def early_return(data):
    for row in data:
        for v in row:
            if v < 0:
                return "negative", v
    return "none"

print(early_return([[1, 2], [3, -4, 5]]), early_return([[1]]))

def truthiness(values):
    return [("yes" if v else "no") for v in values], [v or "default" for v in values], [v and "set" for v in values]

print(truthiness([0, 1, "", "x", None, [], [0], 0.0, 2.5]))

def methods_and_attrs():
    class Acc:
        def __init__(self, start):
            self.total = start

        def add(self, v, times=1):
            self.total += v * times
            return self

    acc = Acc(10)
    for i in range(3):
        acc.add(i).add(1, 2)
    words = "a b c".split()
    words.append("d")
    return acc.total, words, len(words), max(words), words[-1], words[1:3]

print(methods_and_attrs())

def recursion(n):
    return n if n < 2 else recursion(n - 1) + recursion(n - 2)

print([recursion(i) for i in range(15)])

def defaults(a, b=2, c=3):
    return a + b * c

print(defaults(1), defaults(1, 5), defaults(1, 5, 7))

def unbound():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)

print(unbound())

def division_errors():
    out = []
    for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
        for op in ("/", "//", "%"):
            try:
                if op == "/":
                    a / b
                elif op == "//":
                    a // b
                else:
                    a % b
            except ZeroDivisionError as e:
                out.append(str(e))
    return out

print(division_errors())
