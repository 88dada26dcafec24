# tf.image.non_max_suppression / non_max_suppression_with_scores: greedy selection, ties, thresholds,
# unnormalised corners, empty boxes, and the kernel's argument errors.
import tensorflow as tf
def show(name, f):
    try:
        r = f()
        print(name, r)
    except Exception as e:
        print(name, type(e).__name__, repr(str(e)))
tf.random.set_seed(2)
c = tf.random.uniform([40, 2])
wh = tf.random.uniform([40, 2], 0.05, 0.4)
boxes = tf.concat([c - wh / 2, c + wh / 2], 1)
scores = tf.random.uniform([40])
show('nms', lambda: tf.image.non_max_suppression(boxes, scores, 10))
show('nms2', lambda: tf.image.non_max_suppression(boxes, scores, 50, iou_threshold=0.1))
show('nms3', lambda: tf.image.non_max_suppression(boxes, scores, 50, iou_threshold=0.3, score_threshold=0.5))
show('ties', lambda: tf.image.non_max_suppression(tf.constant([[0, 0, 1, 1], [0, 0, 1, 1], [2, 2, 3, 3.]]), tf.constant([0.5, 0.5, 0.5]), 3))
show('flipped', lambda: tf.image.non_max_suppression(tf.constant([[1, 1, 0, 0], [0, 0, 0.9, 0.9], [0, 0, 0, 0.]]), tf.constant([0.9, 0.8, 0.7]), 3, 0.5))
show('ws', lambda: tf.image.non_max_suppression_with_scores(boxes, scores, 5, 0.2))
show('bad_boxes', lambda: tf.image.non_max_suppression(tf.zeros([3]), tf.zeros([3]), 3))
show('bad_boxes4', lambda: tf.image.non_max_suppression(tf.zeros([3, 3]), tf.zeros([3]), 3))
show('bad_scores', lambda: tf.image.non_max_suppression(tf.zeros([3, 4]), tf.zeros([2]), 3))
show('bad_iou', lambda: tf.image.non_max_suppression(tf.zeros([3, 4]), tf.zeros([3]), 3, 1.5))
show('neg_max', lambda: tf.image.non_max_suppression(tf.zeros([3, 4]), tf.zeros([3]), -1))
show('zero', lambda: tf.image.non_max_suppression(tf.zeros([0, 4]), tf.zeros([0]), 3))
