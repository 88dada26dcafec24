# tf.train.Example protos as the TFRecord tutorial builds them: text format (upb's), wire bytes, FromString/ParseFromString, type checks
import tensorflow as tf
import numpy as np
def _bytes_feature(value):
    if isinstance(value, type(tf.constant(0))):
        value = value.numpy()
    return tf.train.Feature(bytes_list=tf.train.BytesList(value=[value]))
def _float_feature(value):
    return tf.train.Feature(float_list=tf.train.FloatList(value=[value]))
def _int64_feature(value):
    return tf.train.Feature(int64_list=tf.train.Int64List(value=[value]))
print(_bytes_feature(b'test_string'))
print(_bytes_feature(u'test_bytes'.encode('utf-8')))
print(_float_feature(np.exp(1)))
print(_int64_feature(1))
feature = _float_feature(np.exp(1))
print(feature.SerializeToString())
print(repr(_bytes_feature(b'a"b\\c\n\x00\xff\xc3\xa9\'')))
print(tf.train.Feature(float_list=tf.train.FloatList(value=[0.1, 1e20, -2.5, 1e-7, float('inf'), float('nan'), 3.0, 100.0])))
print(tf.train.Feature(int64_list=tf.train.Int64List(value=[-1, 2**40, 0])).SerializeToString())
print(tf.train.Feature(int64_list=tf.train.Int64List(value=[])))
print(tf.train.Feature())
try:
    _int64_feature(False)
except TypeError as e:
    print('TypeError:', e)
ex = tf.train.Example(features=tf.train.Features(feature={'feature0': _int64_feature(0), 'feature2': _bytes_feature(b'goat')}))
print(ex)
print(tf.train.Example())
print(ex.features.feature['feature2'].bytes_list.value[0], len(ex.features.feature), 'feature0' in ex.features.feature)
print(ex.features.feature['feature0'].WhichOneof('kind'), ex.features.feature['feature0'].HasField('int64_list'))
s = tf.train.Example(features=tf.train.Features(feature={'f': _float_feature(0.5)})).SerializeToString()
print(s)
e2 = tf.train.Example.FromString(s)
print(e2)
e3 = tf.train.Example()
e3.ParseFromString(s)
print(e3 == e2, type(e3))
print(list(e3.features.feature['f'].float_list.value))
