import tensorflow as tf
s = tf.TensorShape([None, 3])
print(s, repr(s), s.rank, s.as_list(), s.is_fully_defined(), s.num_elements())
t = tf.TensorShape((2, 3))
print(t.num_elements(), t.is_fully_defined(), t.concatenate([4]), t == [2, 3], tf.TensorShape(t), len(t), t[1:])
print(tf.TensorShape([]), tf.TensorShape([]).num_elements())
print(tf.zeros([2, 5]).shape.num_elements())
