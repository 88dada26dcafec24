# Generator.choice, shuffle and permutation.
import numpy as np

for seed in [0, 42, 12345, 2**40 + 3]:
    rng = np.random.default_rng(seed)
    print(repr(rng.choice(10)), repr(rng.choice(10, 5)), repr(rng.choice(10, (2, 3))), repr(rng.choice([1.5, 2.5, 3.5])))
    print(repr(rng.choice(np.array([10, 20, 30, 40]), 6)), repr(rng.choice(7, 7, replace=False)), repr(rng.choice(100, 10, replace=False, shuffle=False)))
    print(repr(rng.choice(5, 8, p=[0.1, 0.2, 0.3, 0.25, 0.15])), repr(rng.choice([4, 5, 6], p=[0.5, 0.25, 0.25])))
    print(repr(rng.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.25, 0.15])), repr(rng.choice(20000, 1000, replace=False)[-5:]))
    print(repr(rng.choice([[1, 2], [3, 4], [5, 6]], 2)), repr(rng.choice([[1, 2], [3, 4]])), repr(rng.choice(5, size=())), repr(rng.choice(3, 0)))
    a = np.arange(10)
    rng.shuffle(a)
    m = np.arange(12).reshape(4, 3)
    rng.shuffle(m)
    lst = ["a", "b", "c", "d", "e"]
    rng.shuffle(lst)
    f = np.linspace(0, 1, 5)
    rng.shuffle(f)
    print(repr(a), repr(m), lst, repr(f))
    print(repr(rng.permutation(8)), repr(rng.permutation([1.5, 2.5, 3.5])), repr(rng.permutation(np.arange(6).reshape(3, 2))), repr(rng.permutation(np.int64(4))))
    orig = np.arange(5)
    p = rng.permutation(orig)
    print(repr(orig), sorted(p.tolist()))

rng = np.random.default_rng(3)
big = rng.choice(100000, 5000, replace=False)
print(big.shape, len(set(big.tolist())), big[:5].tolist(), big[-5:].tolist())
print(rng.choice(50, 50, replace=False).tolist() != list(range(50)), sorted(rng.choice(50, 50, replace=False).tolist()) == list(range(50)))
rng = np.random.default_rng(1)
print(repr(rng.choice(2**40, 3)), repr(rng.choice(2**40, 3, replace=False)), repr(rng.choice(3, 2, p=np.array([0.2, 0.3, 0.5], dtype=np.float32))))
print(repr(rng.integers(0, 10, size=np.int64(3))), repr(rng.integers(np.int8(3), np.int16(9))), repr(rng.choice(np.arange(5) * 2, 3, replace=False, p=[0.1, 0.1, 0.2, 0.3, 0.3])))
print(repr(rng.choice(5, (2, 2), replace=False)), repr(rng.choice(5, (2, 2), p=[0.1, 0.1, 0.2, 0.3, 0.3])), repr(rng.choice([1.0, 2.0], size=())))
