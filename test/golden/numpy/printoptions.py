import numpy as np
import tensorflow as tf

x = np.array([0.123456789, 1.5, 2.0])
small = np.array([1e-6, 0.5, 3.0])
np.set_printoptions(precision=3)
print(x, repr(x), small, np.float64(0.123456789))
np.set_printoptions(suppress=True)
print(small, repr(small), np.array([1e-9, 1.0]), np.array([1e9, 1.0]))
print(tf.constant([0.123456789, 2.0]))
np.set_printoptions(threshold=5, edgeitems=2)
print(np.arange(10), repr(np.arange(10)))
np.set_printoptions(linewidth=30)
print(np.arange(20))
np.set_printoptions(precision=8, suppress=False, threshold=1000, edgeitems=3, linewidth=75)
print(x, small)
opts = np.get_printoptions()
print(opts['precision'], opts['threshold'], opts['linewidth'], opts['suppress'], opts['edgeitems'])
