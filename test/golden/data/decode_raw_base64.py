# tf.io.decode_raw (every allowed type, big-endian, fixed_length) and tf.io.encode_base64/decode_base64, with errors.
import tensorflow as tf
s = tf.constant([b'\x01\x02\x03\x04', b'\xff\xfe\x00\x80'])
for t in [tf.uint8, tf.int8, tf.int16, tf.uint16, tf.int32, tf.float32, tf.float16, tf.bool]:
    print(tf.io.decode_raw(s, t))
print(tf.io.decode_raw(s, tf.int16, little_endian=False))
print(tf.io.decode_raw(tf.constant(b'\x00\x00\x80?\x00\x00\x00@'), tf.float32))
print(tf.io.decode_raw(tf.constant([[b'ab'], [b'cd']]), tf.uint8))
print(tf.io.decode_raw(tf.constant(b'abcdefgh'), tf.float64))
print(tf.io.decode_raw(tf.constant(b'abcdefgh'), tf.int64))
print(tf.io.decode_raw(tf.constant([b'abc', b'de']), tf.uint8, fixed_length=4))
for bad in [lambda: tf.io.decode_raw(tf.constant([b'abc', b'de']), tf.uint8), lambda: tf.io.decode_raw(tf.constant(b'abc'), tf.int16), lambda: tf.io.decode_raw(tf.constant(b'abcd'), tf.string)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = tf.constant([b'hello world', b'\xff\xfe?', b''])
e = tf.io.encode_base64(x)
print(e, tf.io.encode_base64(x, pad=True))
print(tf.io.decode_base64(e), tf.io.decode_base64(tf.io.encode_base64(x, pad=True)))
for bad in [lambda: tf.io.decode_base64(tf.constant('ab$d')), lambda: tf.io.decode_base64(tf.constant('a'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(tf.io.decode_base64(tf.constant('aGk')), tf.io.decode_base64(tf.constant('aGk=')))
