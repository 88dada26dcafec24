# Subscripting builtin container types gives a types.GenericAlias (evaluated annotations need it);
# classes with __class_getitem__ use it; other types are not subscriptable.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()], set[bytes])
items: list[int] = [1]
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, dict[str, int].__args__)


class Box:
    def __class_getitem__(cls, item):
        return ("Box of", item)


class MyList(list):
    pass


print(Box[int], Box[1, 2], MyList[int], type(list[int]))
for bad in (lambda: int[3], lambda: Box()[0], lambda: object[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
