# tf.case (ordered pairs, default, exclusive, its asserts and argument errors), tf.bitcast,
# tf.histogram_fixed_width_bins, tf.math.erfcinv, and Tensor/Variable hashing with .ref().
import tensorflow as tf
print(tf.histogram_fixed_width_bins([-1.0, 0.0, 1.5, 2.0, 5.0, 15], [0.0, 5.0], nbins=5))
print(tf.histogram_fixed_width_bins(tf.constant([[1., 2], [3, 9]]), [0, 10.], nbins=3))
print(tf.histogram_fixed_width_bins([0.5, float('nan')], [0.0, 1.0], nbins=2, dtype=tf.int64))
x = tf.constant(3)
print(tf.case([(x < 2, lambda: tf.constant(10)), (x < 5, lambda: tf.constant(20))], default=lambda: tf.constant(30)))
print(tf.case([(x > 5, lambda: tf.constant(10))], default=lambda: tf.constant(30)))
print(tf.case([(x > 1, lambda: tf.constant(10)), (x > 2, lambda: tf.constant(20))], exclusive=False))
try:
    print(tf.case({x > 1: lambda: tf.constant(1)}))
except TypeError as e:
    print('TypeError', e)
try:
    print(tf.case([(x > 1, lambda: tf.constant(10)), (x > 2, lambda: tf.constant(20))], exclusive=True))
except Exception as e:
    print(type(e).__name__, str(e)[:300])
try:
    print(tf.case([(x > 5, lambda: tf.constant(10))]))
except Exception as e:
    print(type(e).__name__, str(e)[:300])
print(tf.bitcast(tf.constant([1.0, 2.0]), tf.int32))
print(tf.bitcast(tf.constant([1, 2], tf.int32), tf.uint8))
print(tf.bitcast(tf.constant([[1, 2, 3, 4]], tf.uint8), tf.int32))
print(tf.bitcast(tf.constant(1.0, tf.float64), tf.int32))
try:
    print(tf.bitcast(tf.constant([1, 2, 3], tf.uint8), tf.int32))
except Exception as e:
    print(type(e).__name__, str(e)[:300])
print(tf.math.erfcinv([0.1, 1.0, 1.9, 0.0, 2.0]))
for f in [lambda: tf.bitcast(tf.constant([True]), tf.uint8), lambda: tf.bitcast(tf.constant([1], tf.uint8), tf.bool), lambda: tf.bitcast(tf.constant([1, 2, 3], tf.uint8), tf.int32), lambda: tf.bitcast(tf.constant(1, tf.uint8), tf.int16)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(tf.bitcast(tf.constant([1.5, -2], tf.float16), tf.int16), tf.bitcast(tf.constant([1.5], tf.bfloat16), tf.uint16))
print(tf.bitcast(tf.constant([[1, 2], [3, 4]], tf.int64), tf.float64))
print(tf.bitcast(tf.constant([0, 1072693248], tf.int32), tf.float64))
print(tf.bitcast(tf.constant([3], tf.uint32), tf.float32))
for v in [tf.constant(1), tf.Variable(1)]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
    try:
        {v: 1}
    except TypeError as e:
        print(e)
    print(v.ref() is not None, v.ref() == v.ref(), {v.ref(): 1}[v.ref()], v.ref().deref() is v)
t = tf.constant([1, 2])
r = t.ref()
print(r)
s = {t.ref(), t.ref(), tf.constant(1).ref()}
print(len(s))
print(t.ref() != tf.constant([1, 2]).ref())
x = tf.constant(3)
r = tf.case([(x > 1, lambda: tf.constant(10)), (x > 2, lambda: tf.constant(20))], exclusive=True)
print(r)
try:
    print(tf.case([(x > 5, lambda: tf.constant(10)), (x > 6, lambda: tf.constant(11))]))
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.case([(False, lambda: 1.0), (True, lambda: 2.0)])
except TypeError as e:
    print("TypeError", e)
print(tf.case([(tf.constant(False), lambda: (tf.constant(1), tf.constant(2.0)))], default=lambda: (tf.constant(3), tf.constant(4.0))))
try:
    tf.case([], default=lambda: tf.constant(7))
except ValueError as e:
    print("ValueError", e)
try:
    tf.case([(x > 1, 5)])
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.case([x > 1])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(tf.case([(x > 1, lambda: tf.constant(10)), (x > 2, lambda: tf.constant(20))], default=lambda: tf.constant(0), exclusive=True))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(tf.case({x > 1: lambda: tf.constant(10)}, exclusive=False))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(tf.case([(x, lambda: 1)]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(tf.case(5))
except Exception as e:
    print(type(e).__name__, e)
