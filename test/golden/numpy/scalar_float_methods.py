# Python float methods on numpy.float64 scalars (a float subclass): hex, is_integer, as_integer_ratio
import numpy as np
print(np.float64(1.5).hex(), np.float64(-0.1).hex(), float(np.float64(2.0)).hex())
print(np.float64(3.0).is_integer(), np.float64(2.5).as_integer_ratio())
x = np.float64(0.1)
print(x.hex(), float.hex(x))
print(np.float64(7.25).hex(), np.float64(-3.0).is_integer(), np.float64(0.75).as_integer_ratio())
print(np.float64(2.5).conjugate(), np.float64(2.5).real, np.float64(2.5).imag)
