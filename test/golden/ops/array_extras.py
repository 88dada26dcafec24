import tensorflow as tf

x = tf.reshape(tf.range(12), [3, 4])
print(tf.roll(tf.range(5), shift=2, axis=0))
print(tf.roll(x, shift=[1, -1], axis=[0, 1]))
print(tf.roll(x, shift=-5, axis=1))
print(tf.roll(x, shift=[1, 2], axis=[1, 1]))

y, idx = tf.unique(tf.constant([1, 1, 2, 4, 4, 4, 7, 8, 8]))
print(y)
print(idx)
print(tf.unique(tf.constant([3.5, 1.0, 3.5])))
print(tf.unique(tf.constant([5, 3, 5]), out_idx=tf.int64))

print(tf.repeat(tf.constant([1, 2, 3]), repeats=2))
print(tf.repeat(x, repeats=[1, 0, 2], axis=0))
print(tf.repeat(x, repeats=2, axis=1))
print(tf.repeat(tf.constant([[1, 2], [3, 4]]), repeats=[2, 3], axis=1))
print(tf.repeat(3, repeats=4))

print(tf.sequence_mask([1, 3, 2], 5))
print(tf.sequence_mask([[1, 3], [2, 0]]))
print(tf.sequence_mask(tf.constant([2, 0, 1]), 3, dtype=tf.float32))

data = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]])
print(tf.math.segment_sum(data, tf.constant([0, 0, 1, 3])))
print(tf.math.segment_mean(data, tf.constant([0, 0, 1, 1])))
print(tf.math.segment_max(data, tf.constant([0, 1, 1, 2])))
print(tf.math.segment_min(data, tf.constant([0, 1, 1, 2])))
print(tf.math.segment_prod(data, tf.constant([0, 1, 1, 2])))
print(tf.math.unsorted_segment_sum(data, tf.constant([2, 0, 2, 0]), num_segments=3))
print(tf.math.unsorted_segment_mean(data, tf.constant([2, 0, 2, 0]), num_segments=4))
print(tf.math.unsorted_segment_max(data, tf.constant([1, 0, 1, 0]), num_segments=3))
print(tf.math.unsorted_segment_min(tf.constant([4, 2, 9]), tf.constant([0, 0, 1]), num_segments=2))

print(tf.math.bincount(tf.constant([1, 1, 2, 5])))
print(tf.math.bincount(tf.constant([1, 1, 2, 5]), minlength=8))
print(tf.math.bincount(tf.constant([1, 1, 2, 5]), maxlength=3))
print(tf.math.bincount(tf.constant([1, 1, 2]), weights=tf.constant([0.5, 1.0, 2.0])))
print(tf.math.bincount(tf.constant([], tf.int32)))

print(tf.math.confusion_matrix([1, 2, 4], [2, 2, 4]))
print(tf.math.confusion_matrix([0, 1, 1], [1, 1, 0], num_classes=3, dtype=tf.float32))

pred = tf.constant([[0.1, 0.8, 0.1], [0.3, 0.3, 0.4]])
print(tf.math.in_top_k(tf.constant([1, 0]), pred, k=1))
print(tf.math.in_top_k(tf.constant([1, 0]), pred, k=2))

m = tf.reshape(tf.range(1.0, 10.0), [3, 3])
print(tf.linalg.diag(tf.constant([1, 2, 3])))
print(tf.linalg.diag(tf.constant([[1.0, 2.0], [3.0, 4.0]])))
print(tf.linalg.diag_part(m))
print(tf.linalg.band_part(m, 0, -1))
print(tf.linalg.band_part(m, 1, 0))
print(tf.linalg.band_part(tf.ones([2, 3, 4]), 1, 1))
print(tf.linalg.set_diag(m, tf.constant([0.0, 0.0, 0.0])))
print(tf.linalg.trace(m))

print(tf.searchsorted(tf.constant([[1, 3, 5, 7], [2, 4, 6, 8]]), tf.constant([[4, 7], [1, 9]])))
print(tf.searchsorted(tf.constant([1.0, 2.0, 2.0, 3.0]), tf.constant([2.0, 0.5]), side='right'))

tf.debugging.set_log_device_placement(False)
