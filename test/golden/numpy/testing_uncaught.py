# An uncaught np.testing failure comparing a tensor: the AssertionError text ends the traceback
import numpy as np
from numpy.testing import assert_allclose
import numpy.testing as npt
assert_allclose([1.0], [1.0])
npt.assert_array_equal([1], [1])
print(np.testing.assert_allclose is npt.assert_allclose)
import tensorflow as tf
np.testing.assert_allclose(tf.constant([1.0, 2.0]), [1.0, 2.0])
np.testing.assert_allclose(tf.constant([1.0, 2.0]), [1.0, 2.5])
