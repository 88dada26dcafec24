# np.seterr / geterr / seterrcall / geterrcall / errstate: the modes ignore, warn, raise, call,
# print and log, their validation, and errstate as context manager and decorator.
# golden: prints warnings
import os
import sys

import numpy as np


class Stdout:
    def write(self, text):
        sys.stdout.write(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

    def flush(self):
        pass


sys.stderr = Stdout()

print(np.geterr())
print(np.seterr(all="ignore"))
print(np.geterr())
print(np.array([1.0, 0.0]) / 0, np.log(-1.0))
print(np.seterr(divide="raise", over="warn", under="ignore", invalid="print"))
try:
    print(np.array([1.0]) / 0)
except FloatingPointError as e:
    print("FloatingPointError:", e)
print(np.array([0.0]) / 0)
np.seterr(divide="warn", invalid="warn")
print(np.array([0.0]) / 0)
np.seterr(invalid="log")
try:
    print(np.array([0.0]) / 0)
except NameError as e:
    print("NameError:", e)


def cb(kind, flag):
    print("cb", kind, flag)


print(np.seterrcall(cb))
np.seterr(invalid="call", divide="call")
print(np.array([0.0, 1.0]) / 0)
print(np.exp(np.array([1000.0])))


class Log:
    def write(self, s):
        print("LOG", repr(s))


np.seterrcall(Log())
np.seterr(invalid="log", divide="ignore")
print(np.array([0.0, 1.0]) / 0)
print(type(np.geterrcall()).__name__)
for bad in (lambda: np.seterr(divide="bogus"), lambda: np.seterr(bogus="warn"), lambda: np.seterrcall(3),
            lambda: np.errstate(bogus=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

np.seterr(all="warn")
np.seterrcall(None)
print(np.geterr())
with np.errstate(divide="ignore") as e:
    print(e, np.geterr())
    print(np.array([1.0]) / 0)
print(np.geterr())


@np.errstate(all="raise")
def f():
    return np.geterr()


print(f(), np.geterr(), f.__name__)
try:
    with np.errstate(all="raise"):
        np.log(0.0)
except FloatingPointError as e:
    print("FloatingPointError:", e)
print(np.geterr())
print(np.errstate)
with np.errstate(over="ignore", call=cb):
    print(np.geterrcall() is cb)
print(np.geterrcall())
print(np.seterr(all=None))
print(np.seterr(under="raise", all="ignore"))
print(np.geterr())
try:
    np.array([1e-300]) * 1e-300
except FloatingPointError as e:
    print("FloatingPointError:", e)
np.seterr(all="warn")
print(np.array([1e-300]) * 1e-300, np.exp(np.array([-1000.0])))
print(np.array([1e-300]) / 1e300)
print(np.array([1e-200]) + 1e-300)
