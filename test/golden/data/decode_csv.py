# tf.io.decode_csv: quoting, defaults and na_value, select_cols, TF's number parsing and its errors.
import tensorflow as tf
recs = tf.constant(['1,2.5,abc', '4,,"x,""y"""', ',7,'])
print(tf.io.decode_csv(recs, [[0], [0.0], ['def']]))
print(tf.io.decode_csv(recs, [tf.constant(0, tf.int64), [9.0], tf.constant([''])]))
print(tf.io.decode_csv('a|b', [[''], ['']], field_delim='|'))
print(tf.io.decode_csv(['1,2,3,4'], [[0], [0]], select_cols=[1, 3]))
print(tf.io.decode_csv([['1,NA'], ['NA,2']], [[0], [5]], na_value='NA'))
print(tf.io.decode_csv('1,2', [[0.0], [0.0]], use_quote_delim=False))
for bad in [lambda: tf.io.decode_csv('1,2', [[0], [0], [0]]), lambda: tf.io.decode_csv('1,', [[0], tf.constant([], tf.int32)]),
            lambda: tf.io.decode_csv('x,2', [[0.0], [0]]), lambda: tf.io.decode_csv('1,a"b', [[0], ['']]),
            lambda: tf.io.decode_csv('"a"b,2', [[''], [0]]), lambda: tf.io.decode_csv('1,2', [[0, 1], [0]]),
            lambda: tf.io.decode_csv('1,2', [[0], [0]], select_cols=[1, 0]), lambda: tf.io.decode_csv('1,2', [[0], [0]], select_cols=[1]),
            lambda: tf.io.decode_csv('1,2', [[True], [0]]), lambda: tf.io.decode_csv('1,2', [[0], [0]], field_delim='ab'),
            lambda: tf.io.decode_csv('"abc', [['']]), lambda: tf.io.decode_csv('', [[0]])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for s in [" 1.5 ", "0x1A", "INF", "-inf", "NaN", "infinity", "+2", "1e3", ".5", "5.", "1e", "e5", "  ", "3.4028236e38", "1e-50", "-0x10"]:
    try:
        print(repr(s), tf.io.decode_csv(tf.constant([chr(34) + s + chr(34)]), [[0.0]])[0])
    except Exception as e:
        print(repr(s), type(e).__name__, str(e)[-60:])
for s in [" 12 ", "+7", "-0", "1.0", "0x10", "2147483648", "-2147483648", "9223372036854775807"]:
    for d in [[0], [tf.constant(0, tf.int64)]]:
        try:
            print(repr(s), tf.io.decode_csv(tf.constant([chr(34) + s + chr(34)]), d)[0])
        except Exception as e:
            print(repr(s), type(e).__name__, str(e)[-60:])
for recs in ['x', ['x'], tf.constant('x'), tf.constant(['x'])]:
    for d in [[[0]], [tf.constant([0])], [0]]:
        try:
            tf.io.decode_csv(recs, d)
        except Exception as e:
            print(type(recs).__name__, type(d[0]).__name__, str(e)[-40:])
