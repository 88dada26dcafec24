# Reductions, arg-reductions, top_k/sort/argsort, cumulative sums, norms and clipping as tutorials
# use them (axis ints/lists/negative, keepdims, output_type), printed as TF prints them.
import tensorflow as tf

m = tf.constant([[3.0, -1.0, 4.0], [1.0, 5.0, -9.0]])
print(tf.reduce_sum(m), tf.reduce_sum(m, axis=0), tf.reduce_sum(m, axis=-1, keepdims=True))
print(tf.reduce_mean(m, axis=[0, 1]), tf.reduce_max(m, 1), tf.reduce_min(m, -2))
print(tf.math.reduce_std(m, axis=0), tf.math.reduce_variance(m))
print(tf.reduce_logsumexp(m, axis=1), tf.math.reduce_euclidean_norm(m))
print(tf.math.count_nonzero(tf.constant([[0, 1, 2], [0, 0, 3]]), axis=1))
print(tf.argmax(m), tf.argmax(m, axis=1, output_type=tf.int32), tf.argmin(m, -1))
top = tf.math.top_k(tf.constant([[1, 7, 3, 7], [9, 2, 9, 0]]), k=2)
print(top)
values, indices = top
print(values.numpy(), indices.numpy())
print(tf.sort(m), tf.sort(m, axis=0, direction="DESCENDING"))
print(tf.argsort(tf.constant([3, 1, 2, 1])), tf.argsort(tf.constant([3, 1, 2, 1]), direction="DESCENDING"))
print(tf.cumsum(tf.constant([1, 2, 3, 4])), tf.cumsum(tf.constant([1, 2, 3, 4]), exclusive=True, reverse=True))
print(tf.math.cumprod(m, axis=1))
print(tf.norm(m), tf.norm(m, ord=1, axis=1), tf.norm(m, ord=float("inf"), axis=[0, 1]))
print(tf.clip_by_value(m, -2.0, 2.0))
print(tf.clip_by_norm(tf.constant([3.0, 4.0]), 2.5))
clipped, gnorm = tf.clip_by_global_norm([tf.constant([3.0, 4.0]), tf.constant([[12.0]])], 5.0)
print(clipped, gnorm)
print(tf.add_n([tf.ones([2]), tf.ones([2]) * 2, tf.ones([2]) * 3]))
print(tf.reduce_sum(tf.zeros([0, 3]), axis=0), tf.reduce_mean(tf.constant([1, 2, 4])))
