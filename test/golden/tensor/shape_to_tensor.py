# A fully known TensorShape converts to an int32 tensor (int64 when a dimension needs it, or when
# asked for), so it can be passed where a tensor is expected: tf.reduce_prod(w.shape) in TF's
# advanced autodiff guide. Partially known shapes and other dtypes raise TF's errors.
import tensorflow as tf

w = tf.Variable(tf.zeros([5, 8]))
n_params = tf.reduce_prod(w.shape)
print(n_params)
print(tf.reshape(tf.range(40.0), [n_params]).shape)
print(tf.convert_to_tensor(w.shape))
print(tf.convert_to_tensor(tf.TensorShape([3]), dtype=tf.int64))
print(tf.convert_to_tensor(tf.TensorShape([])))
print(tf.cast(w.shape, tf.float32))
print(tf.add(w.shape, 1))
print(tf.constant(w.shape))
print(tf.convert_to_tensor(tf.TensorShape([2**33, 2])))
for bad in [lambda: tf.convert_to_tensor(w.shape, dtype=tf.float32),
            lambda: tf.convert_to_tensor(tf.TensorShape([None, 3])),
            lambda: tf.convert_to_tensor(tf.TensorShape(None)),
            lambda: tf.convert_to_tensor(tf.TensorShape([7]), dtype=tf.string)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
