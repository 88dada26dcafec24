# Special methods of the builtin types called explicitly, including NotImplemented for operands
# the type does not take ((3).__add__(1.5)) and unbound calls (int.__add__(3, 4)).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("int add", lambda: (3).__add__(4))
show("int add float", lambda: (3).__add__(1.5))
show("int radd", lambda: (3).__radd__(4))
show("int sub float", lambda: (3).__sub__(1.5))
show("int eq float", lambda: (7).__eq__(7.0))
show("int lt float", lambda: (7).__lt__(7.5))
show("int truediv", lambda: (3).__truediv__(2))
show("int pow neg", lambda: (2).__pow__(-2))
show("int divmod", lambda: (7).__divmod__(2))
show("int rdivmod", lambda: (7).__rdivmod__(100))
show("int divmod zero", lambda: (7).__divmod__(0))
show("int float", lambda: (7).__float__())
show("int floor/ceil/trunc/round", lambda: ((7).__floor__(), (7).__ceil__(), (7).__trunc__(), (7).__round__(), (1234).__round__(-2)))
show("bool float", lambda: (True).__float__())
show("bool and", lambda: (True).__and__(False))
show("int format", lambda: (7).__format__("03d"))
show("int format bad", lambda: (7).__format__(3))
show("int unbound", lambda: int.__add__(3, 4))
show("int invert/index", lambda: ((7).__invert__(), (7).__index__(), (-7).__abs__()))
show("big int", lambda: (2**70).__mul__(3))
show("float mul int", lambda: (2.5).__mul__(2))
show("float rsub", lambda: (2.5).__rsub__(1))
show("float eq int", lambda: (7.0).__eq__(7))
show("float add str", lambda: (7.0).__add__("x"))
show("float divmod", lambda: (7.0).__divmod__(2))
show("float rdivmod", lambda: (7.0).__rdivmod__(100))
show("float int", lambda: (7.9).__int__())
show("float int nan", lambda: float("nan").__int__())
show("float floor/ceil/trunc", lambda: ((-7.5).__floor__(), (-7.5).__ceil__(), (-7.5).__trunc__()))
show("float floor big", lambda: (1e20).__floor__())
show("float ceil inf", lambda: float("inf").__ceil__())
show("float round", lambda: ((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2)))
show("float float", lambda: (7.5).__float__())
show("float format", lambda: (7.5).__format__(".3f"))
show("float unbound", lambda: float.__add__(3.0, 4))
show("str mod", lambda: "a%sb%d".__mod__(("x", 3)))
show("str rmod", lambda: "x".__rmod__(5))
show("str add/mul", lambda: ("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3)))
show("str format", lambda: "ab".__format__(">5"))
show("list dunders", lambda: ([1].__add__([2]), [1].__mul__(2), [1, 2].__len__(), [1].__contains__(1)))
show("tuple dunders", lambda: ((1,).__add__((2,)), (1,).__getitem__(0), (1,).__lt__((2,))))
show("set or/and", lambda: ({1}.__or__({2}), {1, 2}.__and__({2}), {1}.__or__([2])))
show("set sub/xor", lambda: ({1, 2}.__sub__({2}), {1}.__xor__({2}), {1}.__rsub__({1, 3})))
show("set cmp", lambda: ({1}.__eq__({1}), {1}.__le__({1, 2}), {1}.__lt__({1}), {1}.__eq__([1])))
show("set len/contains", lambda: ({1, 2}.__len__(), {1}.__contains__(1), sorted({3, 1}.__iter__())))
s = {1}
show("set ior", lambda: (s.__ior__({5}), s))
show("frozenset or", lambda: frozenset({1}).__or__({2}))
show("frozenset ror", lambda: frozenset({1}).__ror__({2}))
show("bytes", lambda: (b"a".__add__(b"b"), b"ab".__len__(), b"ab".__getitem__(0), b"a".__mul__(3), b"ab".__contains__(98)))
show("bytes add str", lambda: b"a".__add__("b"))
show("dict dunders", lambda: ({1: 2}.__getitem__(1), {1: 2}.__len__(), {1: 2}.__contains__(1), {1: 2}.__or__({3: 4})))


class SetSub(set):
    def __repr__(self):
        return "SetSub" + set.__repr__(self)


class FrozenSub(frozenset):
    def __repr__(self):
        return "FrozenSub" + frozenset.__repr__(self)


print(SetSub([1]), FrozenSub([2]), set.__repr__({3}))
lst = [1, 2]
show("list iadd", lambda: (lst.__iadd__((3,)) is lst, lst))
show("list imul", lambda: (lst.__imul__(2) is lst, lst))
show("list imul str", lambda: lst.__imul__("x"))
show("dict ror", lambda: ({1: 2}.__ror__({3: 4}), {1: 2}.__ror__(5)))
