# Generator shuffle/permutation/choice along an axis, and random/standard_normal filling out=.
import numpy as np
r = np.random.default_rng(11)
m = np.arange(12).reshape(3, 4)
r.shuffle(m, axis=1); print(repr(m))
m = np.arange(24).reshape(2, 3, 4)
r.shuffle(m, axis=-1); print(repr(m))
r.shuffle(m, axis=2); print(repr(m))
print(repr(r.permutation(np.arange(12).reshape(3, 4), axis=1)), repr(r.permutation(np.arange(12).reshape(3, 4), axis=-2)))
print(repr(r.choice(np.arange(12).reshape(3, 4), 2, axis=1)), repr(r.choice(np.arange(12).reshape(3, 4), axis=1)), repr(r.choice(np.arange(12).reshape(3, 4), 3, replace=False, axis=1)))
for f in [lambda: r.shuffle([1, 2, 3], axis=1), lambda: r.shuffle(np.arange(3), axis=1), lambda: r.permutation(np.arange(3), axis=1), lambda: r.choice(np.arange(6).reshape(2, 3), axis=2), lambda: r.choice(np.arange(3), axis=1), lambda: r.permutation(5, axis=1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
o = np.zeros(3); print(repr(r.random(out=o)), repr(o), r.random(out=o) is o)
o2 = np.zeros((2, 2), np.float32); print(repr(r.standard_normal(out=o2, dtype=np.float32)), repr(r.standard_normal(size=(2, 2), out=np.zeros((2, 2)))))
for f in [lambda: r.random(out=np.zeros(3, np.float32)), lambda: r.random(size=4, out=np.zeros(3)), lambda: r.random(size=3, out=np.zeros(3)), lambda: r.standard_normal(out=np.zeros(2, np.int64)), lambda: r.random(out=[1, 2])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
