"""Module docstring: recorded as __doc__."""


def documented(a, b):
    """Adds two numbers.

    Second paragraph.
    """
    return a + b


def undocumented():
    x = "not a docstring"
    return x


def second_string():
    pass
    "too late to be a docstring"


class Documented:
    """A documented class."""

    def method(self):
        "Single-quoted method docstring."
        return 1


class Plain:
    x = 1


class Child(Documented):
    pass


print(repr(__doc__))
print(repr(documented.__doc__))
print(repr(undocumented.__doc__))
print(repr(second_string.__doc__))
print(repr(Documented.__doc__))
print(repr(Documented.method.__doc__))
print(repr(Documented().method.__doc__))
print(repr(Plain.__doc__))
print(repr(Child.__doc__))
print(repr((lambda: 1).__doc__))
print(documented(2, 3))
print([k for k in Documented.__dict__ if k in ("__module__", "__doc__", "__qualname__", "__annotations__")])


def rebound():
    """Original."""


rebound.__doc__ = "Changed."
print(rebound.__doc__)


def f_string_is_not_doc():
    f"""not {1} a docstring"""


print(repr(f_string_is_not_doc.__doc__))
