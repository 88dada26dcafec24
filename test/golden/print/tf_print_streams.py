# tf.print's output_stream: 'file://<path>' appends to that file; other strings and objects are
# TF's ValueError (sys.stdout/sys.stderr are covered by tf_print.py).
import os
import tensorflow as tf

path = 'tf_print_streams.tmp'
if os.path.exists(path):
    os.remove(path)
tf.print("a", 1, output_stream='file://' + path)
tf.print("b", tf.constant([1, 2]), {'k': tf.constant(0.5)}, output_stream='file://' + path, end='|\n')
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
for bad in ['stdout', 3, 'file:/x']:
    try:
        tf.print("c", output_stream=bad)
    except ValueError as e:
        print('ValueError', e)
