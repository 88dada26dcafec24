# default_rng seeds: numpy ints, bools, sequences and arrays of ints, huge ints; and bad seeds.
import numpy as np
for s in [np.int64(5), True, [], [0], [2**32, 1], np.array([1, 2]), 2**64, (3, 4), np.uint32(7), [np.int64(3), 5]]:
    try:
        r = np.random.default_rng(s)
        print(repr(r.random()), r.bit_generator.state["state"]["state"])
    except Exception as e:
        print(type(e).__name__, e)
for s in ["abc", 1.0, [1.5], [-1], np.float64(2.0), {"a": 1}, np.array([1.5])]:
    try:
        print(repr(np.random.default_rng(s).random()))
    except Exception as e:
        print(type(e).__name__, e)
print(np.random.SeedSequence([1, 2, 3]), np.random.SeedSequence(2**70).entropy)
print(repr(np.random.Generator(np.random.PCG64(np.random.SeedSequence(8))).integers(100, size=3)))
for f in [lambda: np.random.Generator(5), lambda: np.random.Generator(), lambda: np.random.Generator(np.random.SeedSequence(1))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(np.random.default_rng(0).bit_generator.seed_seq, np.random.PCG64([4, 5]).seed_seq)
