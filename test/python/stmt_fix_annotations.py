# Variable annotations in module and class bodies are collected into __annotations__.
count: int = 3
label: str
print(count)
print(__annotations__)
print("label" in globals())


class Point:
    x: int = 3
    y: str
    z: "list[int]" = []
    if True:
        nested: float = 1.5

    def method(self):
        local: int = 5
        unevaluated: undefined_name_is_fine
        return local


print(Point.__annotations__)
print(Point.x, Point.z, Point.nested)
print("y" in Point.__dict__)
print(Point().method())
print(type(Point.__annotations__).__name__)


class NoAnnotations:
    a = 1


print("__annotations__" in NoAnnotations.__dict__)


class Holder:
    pass


h = Holder()
h.attr: int = 7
print(h.attr)
print("attr" in __annotations__)

order = []


def note(tag):
    order.append(tag)
    return tag


class Ordered:
    first: note("ann1") = note("val1")
    second: note("ann2")


print(order)
print(Ordered.__annotations__)


def make():
    kind = int

    class Inner:
        value: kind = 0

    return Inner.__annotations__


print(make())

try:
    class Broken:
        bad: missing_annotation_name = 1
except NameError as e:
    print("NameError:", e)
