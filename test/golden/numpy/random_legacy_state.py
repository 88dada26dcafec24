# RandomState.get_state/set_state (tuple and dict forms, the cached gaussian) and
# multivariate_normal with diagonal covariances (LAPACK's singular-value order for ties).
import numpy as np

np.random.seed(3)
np.random.standard_normal()
s = np.random.get_state()
print(type(s).__name__, len(s), s[0], s[1].dtype, s[1].shape, s[1][:4].tolist(), s[2:])
a = np.random.standard_normal(3)
np.random.set_state(s)
b = np.random.standard_normal(3)
print(a.tolist() == b.tolist(), a.tolist())
d = np.random.get_state(legacy=False)
print(type(d).__name__, sorted(d.keys()), d['bit_generator'], d['has_gauss'], repr(d['gauss']), d['state']['pos'], d['state']['key'][:3])
rs = np.random.RandomState(5)
print(rs.get_state()[2:])
rs.set_state(np.random.get_state())
print(rs.standard_normal() == np.random.standard_normal())
rs.set_state(d)
print(repr(rs.gamma(2.0)))
try:
    rs.set_state(('foo',))
except Exception as e:
    print(type(e).__name__, e)
try:
    rs.set_state(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    rs.set_state({'a': 1})
except Exception as e:
    print(type(e).__name__, e)
print(np.random.set_state(s))

np.random.seed(0)
print(np.random.multivariate_normal([1, 2], [[1, 0], [0, 4]], 3).tolist())
print(np.random.multivariate_normal([1, 2, 3], [[2, 0, 0], [0, 2, 0], [0, 0, 3]]).tolist())
print(np.random.multivariate_normal([0, 0, 0, 0], np.diag([1., 2., 1., 2.]), (2, 2)).tolist())
print(np.random.multivariate_normal([0, 0, 0], np.diag([3., 0., 3.]), 2).tolist())
print(np.random.multivariate_normal([1, 1], np.eye(2), [2]).tolist())
print(np.random.multivariate_normal([0, 0, 0, 0, 0], np.diag([1., 2., 1., 2., 1.]), 2).tolist())
try:
    np.random.multivariate_normal([0, 0], [[1, 0], [0, -1]], check_valid='raise')
except Exception as e:
    print(type(e).__name__, e)
for m, c in [([0, 0], [1, 0]), ([[0]], [[1]]), ([0, 0], [[1]])]:
    try:
        np.random.multivariate_normal(m, c)
    except Exception as e:
        print(type(e).__name__, e)
try:
    np.random.multivariate_normal([0], [[1]], check_valid='x')
except Exception as e:
    print(type(e).__name__, e)
