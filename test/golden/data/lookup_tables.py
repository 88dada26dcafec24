# tf.lookup (StaticHashTable, StaticVocabularyTable with FarmHash out-of-vocabulary buckets, KeyValueTensorInitializer,
# TextFileInitializer), tf.strings.to_hash_bucket_fast and tf.fingerprint (Fingerprint64 on short and long strings).
import os
import tensorflow as tf
print(tf.strings.to_hash_bucket_fast(["Hello", "TensorFlow", "2.x", "", "a" * 17, "b" * 40, "c" * 100, "héllo" * 30], 3))
print(tf.strings.to_hash_bucket_fast(["x"], 1000000007))
keys = tf.constant(["apple", "banana", "cherry"])
vals = tf.constant([0, 1, 2], dtype=tf.int64)
init = tf.lookup.KeyValueTensorInitializer(keys, vals)
table = tf.lookup.StaticHashTable(init, default_value=-1)
print(table.lookup(tf.constant(["banana", "kiwi", "apple"])))
print(table.size(), table.key_dtype, table.value_dtype, table.default_value)
print(table[tf.constant("cherry")])
print(table.lookup(tf.constant([["apple", "x"], ["cherry", "banana"]])))
t2 = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer([1, 2, 3], [10.0, 20.0, 30.0]), -1.0)
print(t2.lookup(tf.constant([3, 4])))
vt = tf.lookup.StaticVocabularyTable(tf.lookup.KeyValueTensorInitializer(keys, vals), num_oov_buckets=5)
print(vt.lookup(tf.constant(["banana", "kiwi", "grape", "apple", "durian"])))
print(vt.size())
with open('lookup_vocab.txt', 'w') as f:
    f.write("emerson\nlake\npalmer\n")
tf_init = tf.lookup.TextFileInitializer('lookup_vocab.txt', tf.string, tf.lookup.TextFileIndex.WHOLE_LINE, tf.int64, tf.lookup.TextFileIndex.LINE_NUMBER)
t3 = tf.lookup.StaticHashTable(tf_init, -1)
print(t3.lookup(tf.constant(["lake", "palmer", "x"])))
t4 = tf.lookup.StaticVocabularyTable(tf.lookup.TextFileInitializer('lookup_vocab.txt', tf.string, tf.lookup.TextFileIndex.WHOLE_LINE, tf.int64, tf.lookup.TextFileIndex.LINE_NUMBER), 2)
print(t4.lookup(tf.constant(["palmer", "zzz"])))
print(tf.lookup.TextFileIndex.WHOLE_LINE, tf.lookup.TextFileIndex.LINE_NUMBER)
try:
    table.lookup(tf.constant([1, 2]))
except Exception as e:
    print(type(e).__name__, e)
print(tf.fingerprint(tf.constant(["abc", "de"])))
keys = tf.constant(["apple", "banana", "cherry"])
vals = tf.constant([0, 1, 2], dtype=tf.int64)
init = tf.lookup.KeyValueTensorInitializer(keys, vals)
print(init.key_dtype, init.value_dtype)
table = tf.lookup.StaticHashTable(init, default_value=-1)
k, v = table.export()
print(sorted(k.numpy().tolist()), sorted(v.numpy().tolist()))
try:
    tf.lookup.StaticHashTable(init, default_value="x")
except Exception as e:
    print(type(e).__name__, e)
try:
    tf.lookup.KeyValueTensorInitializer(["a", "b"], [1])
except Exception as e:
    print(type(e).__name__, str(e)[:200])
ds = tf.data.Dataset.from_tensor_slices(["banana", "kiwi"]).map(lambda s: table.lookup(s))
print(list(ds.as_numpy_iterator()))
print(tf.lookup.StaticVocabularyTable(init, 3).lookup(tf.constant([7]) if False else tf.constant(["apple"])))
t5 = tf.lookup.StaticVocabularyTable(tf.lookup.KeyValueTensorInitializer(tf.constant([10, 20], tf.int64), tf.constant([0, 1], tf.int64)), 4)
print(t5.lookup(tf.constant([20, 5, 10, 7], tf.int64)))
t = tf.lookup.StaticHashTable(tf.lookup.KeyValueTensorInitializer(["a"], [1]), -1)
try:
    t.lookup(["a"])
except AttributeError as e:
    print(e)
print(tf.fingerprint(tf.constant(["abc", "de"])))
print(tf.fingerprint(tf.constant([["abc", "de"], ["x", "y"]])))
print(tf.fingerprint(tf.constant([[1, 2], [3, 4]])))
print(tf.fingerprint(tf.constant([1.5, 2.5])))
os.remove('lookup_vocab.txt')
