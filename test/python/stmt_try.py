# try/except/else/finally, including return/break/continue inside finally.
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("caught", e)
        return "handler"
    else:
        print("else runs", r)
        return "else"
    finally:
        print("finally runs")

print(f(2))
print(f(0))

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i == 0:
                break
    return i

print(finally_swallows())

def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

print(continue_in_finally())

def nested():
    try:
        try:
            [][1]
        except KeyError:
            print("wrong handler")
        finally:
            print("inner finally")
    except (TypeError, IndexError) as e:
        print("outer caught", type(e).__name__, e)

nested()

try:
    int("abc")
except ValueError as err:
    msg = str(err)
print(msg)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

class MyError(Exception):
    pass

class Sub(MyError):
    pass

for exc in [Sub(3), MyError("plain"), RuntimeError("rt")]:
    try:
        raise exc
    except Sub as e:
        print("Sub", e)
    except MyError as e:
        print("MyError", e)
    except Exception as e:
        print("Exception", type(e).__name__, e.args)

def bare_reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise

try:
    bare_reraise()
except KeyError as e:
    print("re-raised", repr(e))

try:
    try:
        raise TypeError("inner")
    finally:
        print("finally with exception in flight")
except TypeError as e:
    print("still propagates:", e)

count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("loop finally", count)

try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")

try:
    raise Exception("a", 1)
except Exception as e:
    print(e.args, str(e), repr(e))

def returns_in_try():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("cleanup", i)

print(returns_in_try())
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, isinstance(e, ZeroDivisionError))
try:
    raise StopIteration
except Exception as e:
    print("caught", type(e).__name__)
