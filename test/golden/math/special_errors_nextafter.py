import tensorflow as tf
for f in [tf.math.erfinv, tf.math.ndtri, tf.math.bessel_i0, tf.math.bessel_i0e, tf.math.bessel_i1, tf.math.bessel_i1e, tf.math.special.bessel_i0, tf.math.special.bessel_i1e]:
    for dt in [tf.int32, tf.float16, tf.bfloat16]:
        try:
            print(f.__name__, dt.name, f(tf.constant([0.5, 1], dt)).numpy().tolist())
        except Exception as e: print(f.__name__, type(e).__name__, str(e)[:300])
try: print(tf.math.nextafter(tf.constant([1.0]), tf.constant([2.0], tf.float64)))
except Exception as e: print(type(e).__name__, e)
try: print(tf.math.nextafter(tf.constant([1], tf.int32), tf.constant([2])))
except Exception as e: print(type(e).__name__, e)
try: print(tf.math.nextafter(tf.constant([1.0, 2.0], tf.float16), tf.constant([2.0, 0.0], tf.float16)))
except Exception as e: print(type(e).__name__, e)
print(tf.math.nextafter([1.0, 0.0, -0.0, float('inf'), float('nan'), 1.0], [2.0, -1.0, 1.0, 0.0, 1.0, 1.0]).numpy().tolist())
print(tf.math.nextafter(tf.constant([1.0, 0.0], tf.float64), tf.constant([0.0], tf.float64)).numpy().tolist())
print(tf.math.nextafter(1.0, [2.0, 0.0]))
for f in [tf.math.erfinv, tf.math.ndtri, tf.math.bessel_i0, tf.math.bessel_i0e, tf.math.bessel_i1, tf.math.bessel_i1e]:
    try: print(f(tf.constant([1, 2])))
    except Exception as e: print(type(e).__name__, e)
