# Explicit and implicit chaining: __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e

try:
    load({}, "lr")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            raise IndexError("c")
except IndexError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

try:
    try:
        raise KeyError("x")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(repr(e.__context__))

try:
    raise RuntimeError("with cause") from ValueError("the cause")
except RuntimeError as e:
    print(repr(e.__cause__))
