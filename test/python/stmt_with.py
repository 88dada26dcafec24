# with on Python-defined context managers.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as m:
    print("inside", m.name)

with Managed("outer") as o, Managed("inner") as i:
    print("both", o.name, i.name)

with Managed("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with Managed("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

def early():
    with Managed("ret"):
        return "returned"

print(early())

for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

class Timer:
    def __enter__(self):
        self.entered = True
        return 42

    def __exit__(self, *args):
        print("exit args", args)

with Timer() as value:
    print("value", value)

with Managed("tuple") as (x):
    print(x.name)

class Transaction:
    def __init__(self):
        self.log = []

    def __enter__(self):
        return self.log

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.log.clear()
            print("rolled back because", et.__name__)
            return True
        print("committed", self.log)

t = Transaction()
with t as log:
    log.append(1)
    log.append(2)
with t as log:
    log.append(3)
    raise RuntimeError
print(t.log)

try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)

class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit failed")

try:
    with ExitRaises():
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
