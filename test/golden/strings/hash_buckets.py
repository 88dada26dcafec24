# tf.strings.to_hash_bucket (TF's legacy Hash64) and to_hash_bucket_strong (SipHash-2-4) on short, 8-byte-multiple
# and long strings, with small and large bucket counts.
import tensorflow as tf
s = ["Hello", "TensorFlow", "2.x", "", "a" * 17, "b" * 40, "c" * 100, "héllo" * 3, "1234567"]
print(tf.strings.to_hash_bucket(s, 7))
print(tf.strings.to_hash_bucket(s, 2 ** 40))
print(tf.strings.to_hash_bucket_strong(s, 7, [1, 2]))
print(tf.strings.to_hash_bucket_strong(s, 2 ** 40, [123456789, 987654321]))
