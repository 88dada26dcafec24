# tf.io.FixedLenFeature/VarLenFeature and parse_single_example/parse_example, with defaults and TF's missing-feature error
import tensorflow as tf
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ':', e)
def _int64_feature(value):
    return tf.train.Feature(int64_list=tf.train.Int64List(value=[value]))
def _bytes_feature(value):
    return tf.train.Feature(bytes_list=tf.train.BytesList(value=[value]))
def _float_feature(value):
    return tf.train.Feature(float_list=tf.train.FloatList(value=[value]))
ex = tf.train.Example(features=tf.train.Features(feature={'feature0': _int64_feature(0), 'feature2': _bytes_feature(b'goat'), 'feature3': _float_feature(0.9876)}))
print(ex)
print(repr(ex.features.feature['feature2'].bytes_list.value[0]), len(ex.features.feature), 'feature0' in ex.features.feature)
print(ex.features.feature['feature0'].WhichOneof('kind'), ex.features.feature['feature0'].HasField('int64_list'), ex.features.feature['feature0'].HasField('float_list'))
s = tf.train.Example(features=tf.train.Features(feature={'f': _float_feature(0.5)})).SerializeToString()
print(s)
e2 = tf.train.Example.FromString(s)
print(e2)
e3 = tf.train.Example()
e3.ParseFromString(s)
print(e3 == e2, type(e3).__name__, list(e3.features.feature['f'].float_list.value))
print(tf.train.Example())
t(lambda: tf.train.Int64List(value=[1.5]))
t(lambda: tf.train.BytesList(value=['abc']))
t(lambda: tf.train.FloatList(value=['x']))
print(tf.train.FloatList(value=[1, 2]))
feature_description = {
    'feature0': tf.io.FixedLenFeature([], tf.int64, default_value=0),
    'feature2': tf.io.FixedLenFeature([], tf.string, default_value=''),
    'feature3': tf.io.FixedLenFeature([], tf.float32, default_value=0.0),
    'missing': tf.io.FixedLenFeature([2], tf.int64, default_value=[7, 8]),
    'v': tf.io.VarLenFeature(tf.int64),
}
print(feature_description['feature0'], feature_description['v'])
parsed = tf.io.parse_single_example(ex.SerializeToString(), feature_description)
for k in sorted(parsed): print(k, parsed[k])
batch = tf.io.parse_example([ex.SerializeToString(), ex.SerializeToString()], {'feature0': tf.io.FixedLenFeature([], tf.int64)})
print(batch)
t(lambda: tf.io.parse_single_example(ex.SerializeToString(), {'nope': tf.io.FixedLenFeature([], tf.int64)}))
