# Set displays and set comprehensions.
s = {3, 1, 2, 3}
print(s, len(s), 2 in s, 5 not in s)
print({"b", "a"} == {"a", "b"}, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2})
words = ["apple", "bob", "apple", "cat", "bob"]
print(sorted({w.upper() for w in words}), {len(w) for w in words})
print({x for x in range(20) if x % 3 == 0})
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({*range(3), *[5, 6]}, {*"aa"})
empty = set()
print(empty, type({1}).__name__)
