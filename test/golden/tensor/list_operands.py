# Python lists and tuples next to tensors: the tensor's operator wins over sequence repetition.
import tensorflow as tf

x = tf.constant([1.0, 2.0])
print(x * [2.0, 3.0])
print([2.0, 3.0] * x)
print(x + [1.0, 1.0])
print((1.0, 2.0) - x)
print(x * (2.0,))


class Plain:
    pass


try:
    print([1, 2] * Plain())
except TypeError as e:
    print("TypeError:", e)
