import numpy as np
import tensorflow as tf

x = tf.reshape(tf.range(24.0), [2, 6, 2]) / 10.0
f = tf.reshape(tf.range(12.0), [3, 2, 2]) / 7.0
print(tf.nn.conv1d(x, f, stride=1, padding='VALID'))
print(tf.nn.conv1d(x, f, stride=2, padding='SAME'))
print(tf.nn.max_pool1d(x, ksize=2, strides=2, padding='VALID'))
print(tf.nn.avg_pool1d(x, ksize=3, strides=1, padding='SAME'))

img = tf.reshape(tf.range(32.0), [1, 4, 4, 2])
print(tf.nn.space_to_depth(img, 2))
print(tf.nn.depth_to_space(tf.nn.space_to_depth(img, 2), 2)[0, :, :, 0])
dw = tf.reshape(tf.range(1.0, 19.0), [3, 3, 2, 1]) / 10.0
print(tf.nn.depthwise_conv2d(img, dw, strides=[1, 1, 1, 1], padding='SAME'))
dw2 = tf.reshape(tf.range(1.0, 13.0), [2, 3, 2, 1]) / 4.0
print(tf.nn.depthwise_conv2d(img, tf.concat([dw2, -dw2], axis=3), strides=[1, 2, 2, 1], padding='VALID'))
pw = tf.reshape(tf.range(1.0, 7.0), [1, 1, 2, 3])
print(tf.nn.separable_conv2d(img, dw, pw, strides=[1, 1, 1, 1], padding='VALID'))

logits = tf.constant([[-2.0, 0.5, 3.0], [1.0, -1.0, 0.0]])
labels = tf.constant([[0.0, 1.0, 1.0], [1.0, 0.0, 0.5]])
print(tf.nn.weighted_cross_entropy_with_logits(labels, logits, pos_weight=2.0))
print(tf.nn.crelu(logits))
print(tf.nn.softsign(logits), tf.math.softsign(logits))
print(tf.nn.log_poisson_loss(labels, logits))
print(tf.nn.log_poisson_loss(labels, logits, compute_full_loss=True))
print(tf.nn.zero_fraction(tf.constant([0.0, 1.0, 0.0, 3.0])))
print(tf.nn.compute_average_loss(tf.constant([1.0, 2.0, 4.0])))
print(tf.nn.compute_average_loss(tf.constant([1.0, 2.0, 4.0]), global_batch_size=4))
print(tf.nn.compute_average_loss(tf.constant([1.0, 2.0, 4.0]), sample_weight=tf.constant([1.0, 0.0, 0.5])))
counts, m_ss, v_ss, shift = tf.nn.sufficient_statistics(logits, axes=[0])
print(counts, m_ss, v_ss, shift)
print(tf.nn.normalize_moments(counts, m_ss, v_ss, shift))
print(tf.nn.top_k(tf.constant([3, 1, 4, 1, 5]), k=2))
print(tf.nn.in_top_k(tf.constant([2, 0]), logits, k=1))
# TF's LRN uses Eigen's fast rsqrt/log approximations: compared to 4 decimals.
print(np.round(tf.nn.local_response_normalization(tf.reshape(tf.range(1.0, 9.0), [1, 1, 2, 4]), depth_radius=1, bias=1.0, alpha=0.5, beta=0.75).numpy(), 4))
print(np.round(tf.nn.lrn(tf.reshape(tf.range(1.0, 9.0), [1, 1, 1, 8]), depth_radius=2).numpy(), 4))
print(np.round(tf.nn.lrn(tf.reshape(tf.range(1.0, 9.0), [1, 1, 1, 8]), depth_radius=1, beta=1.0).numpy(), 4))
print(tf.nn.convolution(x, f, padding='VALID'))
print(tf.nn.convolution(img, tf.ones([2, 2, 2, 1]), padding='SAME', strides=2))
print(tf.nn.max_pool(x, ksize=2, strides=2, padding='VALID'))
