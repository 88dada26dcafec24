# The flow of TF's "Ragged tensors" guide: building, math, indexing, conversion and string use
import tensorflow as tf

digits = tf.ragged.constant([[3, 1, 4, 1], [], [5, 9, 2], [6], []])
words = tf.ragged.constant([["So", "long"], ["thanks", "for", "all", "the", "fish"]])
print(tf.add(digits, 3))
print(tf.reduce_mean(digits, axis=1))
print(tf.concat([digits, [[5, 3]]], axis=0))
print(tf.strings.substr(words, 0, 2))
print(digits[0])
print(digits[:, :2])
print(digits[:, -2:])
print(digits * 2)
print(digits + tf.ragged.constant([[1, 2, 3, 4], [], [5, 6, 7], [8], []]))
times_two_plus_one = lambda x: x * 2 + 1
print(tf.ragged.map_flat_values(times_two_plus_one, digits))
print(digits.to_list())

sentences = tf.ragged.constant([
    ["Let's", "build", "some", "ragged", "tensors", "!"],
    ["We", "need", "to", "build", "ragged", "tensors"]])
print(sentences)
paragraphs = tf.ragged.constant([
    [['I', 'have', 'a', 'cat'], ['His', 'name', 'is', 'Mat']],
    [['Do', 'you', 'want', 'to', 'come', 'visit'], ["I'm", 'free', 'tomorrow']],
])
print(paragraphs)
print(tf.RaggedTensor.from_value_rowids(values=[3, 1, 4, 1, 5, 9, 2], value_rowids=[0, 0, 0, 0, 2, 2, 3]))

queries = tf.ragged.constant([['Who', 'is', 'Dan', 'Smith'],
                              ['Pause'],
                              ['Will', 'it', 'rain', 'later', 'today']])
num_buckets = 1024
embedding_size = 4
hashed = tf.strings.to_hash_bucket_fast(queries, num_buckets)
print(hashed)
print(tf.reduce_sum(tf.ones_like(hashed), axis=1))

x = tf.ragged.constant([[1, 2], [3], [4, 5, 6]])
print(x.shape, x.ragged_rank, x.bounding_shape())
print(x.values, x.row_splits)
print(x.to_tensor(default_value=-1))
rt = tf.RaggedTensor.from_tensor([[1, 2, 0], [3, 0, 0], [4, 5, 6]], padding=0)
print(rt)
print(tf.RaggedTensor.from_nested_row_lengths(flat_values=[3, 1, 4, 1, 5, 9, 2, 6], nested_row_lengths=([3, 0, 2], [4, 0, 3, 1, 0])).shape)
split = tf.strings.split(["hello world", "ragged tensors are handy", ""])
print(split)
print(split.row_lengths(), split.to_tensor(default_value="<pad>"))
for row in tf.ragged.constant([[1.5, 2.5], [], [3.5]]):
    print(row.numpy())
