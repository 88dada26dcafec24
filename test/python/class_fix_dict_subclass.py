# Subclasses of dict/list/tuple: subscription goes through overridden __getitem__/__setitem__/
# __delitem__, and the base type's own methods called unbound (dict.__repr__(self)) do not recurse.
import collections
import sys


class Logged(dict):
    def __getitem__(self, k):
        print("  get", k)
        return dict.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("  set", k, v)
        dict.__setitem__(self, k, v)

    def __delitem__(self, k):
        print("  del", k)
        dict.__delitem__(self, k)

    def __repr__(self):
        return "Logged(" + dict.__repr__(self) + ")"


d = Logged(a=1, b=2)
d["c"] = 3
print(d["a"])
del d["a"]
print(d, repr(d), str(d))
print(dict.__eq__(d, {"b": 2, "c": 3}), dict.__eq__(d, 3), dict.__ne__(d, {}))
try:
    dict.__delitem__(d, "zz")
except KeyError as e:
    print("KeyError", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)


class Upper(dict):
    def __missing__(self, k):
        return k.upper()


print(Upper()["x"], dict.__getitem__(Upper(x=1), "x"))


class LoggedList(list):
    def __getitem__(self, i):
        print("  lget", i)
        return list.__getitem__(self, i)

    def __delitem__(self, i):
        print("  ldel", i)
        list.__delitem__(self, i)

    def __repr__(self):
        return "LL" + list.__repr__(self)


ll = LoggedList([1, 2, 3])
print(ll[0], ll[1:])
del ll[0]
print(ll, list.__len__(ll))
plain = [1, 2, 3]
list.__delitem__(plain, slice(0, 2))
print(plain)


class Pair(tuple):
    def __getitem__(self, i):
        return ("pair", tuple.__getitem__(self, i))

    def __repr__(self):
        return "Pair" + tuple.__repr__(self)


p = Pair((1, 2))
print(p[0], p, str(p))

# Copying constructors return the exact builtin type for subclass instances.
P = collections.namedtuple("P", "x y")
pt = P(1, 2)
print(type(tuple(pt)).__name__, tuple(pt), tuple(pt) is pt)
print(type(tuple(sys.version_info)).__name__, len(tuple(sys.version_info)))
t0 = (1, 2)
print(tuple(t0) is t0, type(tuple(p)).__name__, tuple(p))
print(type(list(ll)).__name__, list(ll), type(dict(d)).__name__, dict(d))
