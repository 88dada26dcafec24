# String + number: TF converts the number to the string dtype and fails with its TypeError.
import tensorflow as tf


def suffix(t):
    return t + 1


print(suffix(tf.constant('a')))
