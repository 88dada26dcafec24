# Unhashable values raise TypeError with the type's name (C types outside builtins are qualified);
# subclasses that define __hash__ become hashable again.
import collections


def attempt(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("hash list", lambda: hash([1]))
attempt("set display", lambda: {[1]})
attempt("dict display", lambda: {[1]: 2})
attempt("hash dict", lambda: hash({}))
attempt("hash set", lambda: hash(set()))
attempt("set of sets", lambda: {frozenset(), set()})
attempt("hash deque", lambda: hash(collections.deque()))
attempt("OrderedDict key", lambda: {collections.OrderedDict(): 1})
attempt("defaultdict in set", lambda: {collections.defaultdict(int)})
attempt("tuple holding list", lambda: hash((1, [2])))
attempt("dict.fromkeys", lambda: dict.fromkeys([[1]]))
attempt("set.add", lambda: set().add([1]))
attempt("in dict", lambda: [1] in {1: 2})


class Plain:
    __hash__ = None


class MyList(list):
    pass


class HashedDict(dict):
    def __hash__(self):
        return 5


class HashedList(list):
    __hash__ = lambda self: 3


attempt("user unhashable", lambda: hash(Plain()))
attempt("list subclass", lambda: {MyList(): 1})
attempt("hashed dict subclass", lambda: {HashedDict(): 1})
attempt("hashed list subclass", lambda: (hash(HashedList()), {HashedList([1]): 2}))
