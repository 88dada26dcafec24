# tf.print's formatting (TF's SummarizeValue, print_v2 layout), shown on stdout. Its default stream
# is stderr: the first line below must not appear in the recorded stdout.
import sys
import numpy as np
import tensorflow as tf

tf.print("to stderr", tf.constant(1))


def p(*args, **kwargs):
    tf.print(*args, output_stream=sys.stdout, **kwargs)


p(tf.constant(3.5))
p(tf.range(10))
p(tf.constant([1.5, 2.25, 1e-8, 123456789.0]))
p("loss:", tf.constant(0.123456789), "step", 3, [1, 2], {'b': tf.constant(1), 'a': (2.5, 'x')})
p(tf.reshape(tf.range(24), [2, 3, 4]))
p(tf.reshape(tf.range(24.0), [4, 6]), summarize=-1)
p(tf.reshape(tf.range(100), [10, 10]), summarize=2)
p(tf.reshape(tf.range(120), [2, 3, 4, 5]))
p(tf.constant([True, False]))
p(tf.constant(1, dtype=tf.int64), sep=", ", end="!\n")
p(tf.constant([float('nan'), float('inf'), -float('inf'), 0.1, 1 / 3, -0.0, 100000.0, 1234567.0]))
p(tf.constant([1e20, 1e-20, 1e-5, 0.0001, 9.9999999e-5]))
p(tf.constant(2.0, tf.float64) / 3, tf.constant([0.1, 1e100], tf.float64))
p(tf.constant([[]]))
p(tf.zeros([2, 0, 3]))
p(tf.Variable([1.0, 2.0]))
p()
p(tf.constant(0.1, tf.float16), tf.constant(7, tf.uint8), tf.constant(-3, tf.int8))
p(np.array([1, 2]), 2.5, None, True, (tf.constant(1),))
p(tf.constant([[1.0, 2.0]]), summarize=None)
p(tf.constant(3), end='')
p(tf.constant(4), sep='|')
p('a', 'b', sep='|')
p([tf.constant([1, 2]), [tf.constant(3.0)]])
