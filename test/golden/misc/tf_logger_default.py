# golden: prints warnings
# TF's logger: a stderr handler added at import (root unconfigured), here pointed at stdout; tf's
# own warnings go through it, and setLevel silences them.
import os
import sys
import tensorflow as tf
import logging


class _Stdout:
    """stdout without the script's folder in TF's "From <file>:<line>" texts."""
    name = '<stdout>'
    folder = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, text):
        sys.stdout.write(text.replace(self.folder, ''))

    def flush(self):
        sys.stdout.flush()


tf.get_logger().handlers[0].setStream(_Stdout())  # the handler's text is the expected output

lg = tf.get_logger()
print(lg is logging.getLogger('tensorflow'), lg.handlers, lg.propagate, logging.getLogger().handlers)
lg.warning("careful %s", "now")
print(tf.test.is_gpu_available())
x = tf.constant([1, 2])
with tf.GradientTape() as tape:
    tape.watch(x)
lg.setLevel('ERROR')
with tf.GradientTape() as tape:
    tape.watch(tf.constant([3]))
lg.warning("hidden")
lg.error("shown")
print(lg.level, lg.getEffectiveLevel())
