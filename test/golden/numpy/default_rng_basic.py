# np.random.default_rng: PCG64 seeded through SeedSequence; random, integers, uniform bit for bit.
import re
import numpy as np

for seed in [0, 42, 12345, 2**40 + 3, 2**100 + 17]:
    rng = np.random.default_rng(seed)
    print(seed, rng.bit_generator.state["state"])
    print(repr(rng.random()), repr(rng.random(3)), repr(rng.random((2, 3))))
    print(repr(rng.random(dtype=np.float32)), repr(rng.random(4, dtype=np.float32)), repr(rng.random(size=(2,), dtype="float64")))
    print(repr(rng.integers(10)), repr(rng.integers(5, 15, size=6)), repr(rng.integers(-3, 3, size=(2, 4))))
    print(repr(rng.uniform()), repr(rng.uniform(-2, 7, size=3)), repr(rng.uniform(low=1.5, high=2.5)), repr(rng.uniform([0, 10], [1, 20])))

rng = np.random.default_rng(7)
for dt in [np.int8, np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64]:
    print(dt.__name__, repr(rng.integers(0, 5, size=8, dtype=dt)), repr(rng.integers(100, dtype=dt)))
print(repr(rng.integers(-128, 127, size=10, dtype=np.int8, endpoint=True)), repr(rng.integers(0, 256, size=10, dtype=np.uint8)))
print(repr(rng.integers(-32768, 32768, size=6, dtype=np.int16)), repr(rng.integers(0, 65535, size=6, dtype="uint16", endpoint=True)))
print(repr(rng.integers(-2**31, 2**31, size=5, dtype=np.int32)), repr(rng.integers(0, 2**32, size=5, dtype=np.uint32)))
print(repr(rng.integers(-2**52, 2**52, size=5)), repr(rng.integers(0, 2**33, size=5)), repr(rng.integers(2**40, 2**40 + 3, size=5)))
print(repr(rng.integers(0, 2**32 - 1, size=4, endpoint=True)), repr(rng.integers(1, 6, size=10, endpoint=True)))
print(repr(rng.integers(5, 6, size=3)), repr(rng.integers(3, 3, endpoint=True)), repr(rng.integers(0, 2, size=12, dtype=bool)))
print(repr(rng.integers(10, dtype=int)), repr(rng.integers(2, dtype=bool)), repr(rng.integers(0, 10, size=0)), repr(rng.integers(0, 10, size=())))
print(repr(rng.random(size=())), repr(rng.random(0)), repr(rng.uniform(size=(1, 2))))

# The same seed gives the same stream; fresh generators are independent objects.
a, b = np.random.default_rng(99), np.random.default_rng(99)
print(a.random(3).tolist() == b.random(3).tolist(), a is not b)
g = np.random.Generator(np.random.PCG64(99))
print(repr(g.random(2)), np.random.default_rng(g) is g, type(np.random.default_rng(np.random.PCG64(1))).__name__)
print(repr(np.random.default_rng(np.random.SeedSequence(99)).random()), repr(np.random.default_rng([1, 2, 3]).random()))
print(np.random.SeedSequence(5))
# Unseeded generators draw fresh entropy: only the shape of the results is fixed.
for u in [np.random.default_rng(), np.random.default_rng(None)]:
    x = u.random(1000)
    print(x.shape, bool(x.min() >= 0), bool(x.max() < 1), 0 <= u.integers(10) < 10)

# reprs and names
print(re.fullmatch(r"Generator\(PCG64\) at 0x[0-9A-F]+", repr(np.random.default_rng(0))) is not None)
print(np.random.Generator, np.random.PCG64, np.random.SeedSequence, str(np.random.default_rng(1)))
print(isinstance(np.random.default_rng(0), np.random.Generator), isinstance(np.random.default_rng(0).bit_generator, np.random.PCG64))
print(re.fullmatch(r"<numpy\.random\._pcg64\.PCG64 object at 0x[0-9a-f]+>", repr(np.random.PCG64(0))) is not None)
