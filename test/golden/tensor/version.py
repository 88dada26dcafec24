import tensorflow as tf
print(tf.__version__)
print(type(tf.__version__))
print(tf.__version__.split('.')[0] == '2')
