# Attributes a user exception sets in __init__ survive raise/except, with or without super().__init__.
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class BareError(ValueError):
    def __init__(self, code):
        self.code = code


class KwError(KeyError):
    def __init__(self, *args, hint=None):
        super().__init__(*args)
        self.hint = hint


try:
    raise AppError("bad", 42)
except AppError as e:
    print(e.code, e.args, str(e), repr(e))

e = BareError(5)
print(e.code, e.args, repr(str(e)))
try:
    raise BareError(7)
except ValueError as e:
    print(type(e).__name__, e.code, e.args)

try:
    raise KwError("k", hint="try another")
except KeyError as e:
    print(e.hint, e.args, str(e))
    e.extra = [1, 2]
    print(e.extra, sorted(k for k in vars(e)))

try:
    try:
        raise AppError("inner", 1)
    except AppError as inner:
        raise BareError(2) from inner
except BareError as outer:
    print(outer.code, outer.__cause__.code, type(outer.__cause__).__name__)
