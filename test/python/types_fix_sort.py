# sorted()/list.sort(): stability (also with reverse=), key=, mixed int/float/bool/big ints, strs,
# tuples of those, NaN, user __lt__, and the TypeError for keys that cannot be compared.
class Rec:
    def __init__(self, name, n):
        self.name, self.n = name, n

    def __repr__(self):
        return f"{self.name}{self.n}"


class Ver:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"V{self.v}"


recs = [Rec("a", 3), Rec("b", 1), Rec("c", 3), Rec("d", 2), Rec("e", 1), Rec("f", 3)]
print(sorted(recs, key=lambda r: r.n))
print(sorted(recs, key=lambda r: r.n, reverse=True))
print(sorted(recs, key=lambda r: -r.n, reverse=True))
print(sorted(recs, key=lambda r: str(r.n), reverse=True))
print(sorted(recs, key=lambda r: (r.n % 2, r.name), reverse=True))
print(sorted([3, 1.5, True, 2**70, -2**65, 0, False, -0.0, 2.5, 10**20 + 1, 1e20]))
print(sorted([3, 1.5, True, 2**70, 0, False, 1, 1.0], reverse=True))
print(sorted(["b", "a", "B", "ab", "", "é", "Z"]), sorted(["b", "a", "ab"], reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (-1.5, "q")]))
print(sorted([("x", 2), ("x", 1.5), ("a", 9)], reverse=True))
print(sorted([(1, [2]), (1, [1]), (0, [5])]))
print(sorted([Ver(3), Ver(1), Ver(2)]), sorted([Ver(3), Ver(1), Ver(2)], reverse=True))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2, 1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [5, 2, 8, 1]
lst.sort(reverse=True)
print(lst)
counts = {"a": 3, "b": 5, "c": 3, "d": 1}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
for bad in ([1, "a"], ["a", 1], [1, 2, None], [(1, "a"), (1, 2)], [{1}, {2}, 3], [1j, 2j] if False else [[1], (1,)]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([3, 1], key=lambda v: "s" if v == 1 else v)
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted([1]), sorted("cba"), sorted({3: 1, 1: 2}))
