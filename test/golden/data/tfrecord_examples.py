# The TFRecord tutorial's flow: serialize Examples, write a TFRecord file, read it back and parse it
import tensorflow as tf
import numpy as np
import os

def _bytes_feature(value):
    if isinstance(value, type(tf.constant(0))):
        value = value.numpy()
    return tf.train.Feature(bytes_list=tf.train.BytesList(value=[value]))

def _float_feature(value):
    return tf.train.Feature(float_list=tf.train.FloatList(value=[value]))

def _int64_feature(value):
    return tf.train.Feature(int64_list=tf.train.Int64List(value=[value]))

n_observations = 6
feature0 = np.array([False, True, False, True, True, False])
feature1 = np.array([0, 1, 2, 3, 4, 0])
strings = [b'cat', b'dog', b'chicken', b'horse', b'goat']
feature2 = [strings[i] for i in feature1]
feature3 = np.array([0.5, -1.25, 2.0, 0.125, 3.75, 1.0])

def serialize_example(feature0, feature1, feature2, feature3):
    feature = {
        'feature0': _int64_feature(int(feature0)),
        'feature1': _int64_feature(feature1),
        'feature2': _bytes_feature(feature2),
        'feature3': _float_feature(feature3),
    }
    example_proto = tf.train.Example(features=tf.train.Features(feature=feature))
    return example_proto.SerializeToString()

serialized_example = serialize_example(False, 4, b'goat', 0.9876)
example_proto = tf.train.Example.FromString(serialized_example)
print(example_proto)

filename = 'test_tfrecord_golden.tfrecord'
with tf.io.TFRecordWriter(filename) as writer:
    for i in range(n_observations):
        writer.write(serialize_example(feature0[i], int(feature1[i]), feature2[i], feature3[i]))

raw_dataset = tf.data.TFRecordDataset([filename])
feature_description = {
    'feature0': tf.io.FixedLenFeature([], tf.int64, default_value=0),
    'feature1': tf.io.FixedLenFeature([], tf.int64, default_value=0),
    'feature2': tf.io.FixedLenFeature([], tf.string, default_value=''),
    'feature3': tf.io.FixedLenFeature([], tf.float32, default_value=0.0),
}

def _parse_function(example_proto):
    return tf.io.parse_single_example(example_proto, feature_description)

parsed_dataset = raw_dataset.map(_parse_function)
for parsed_record in parsed_dataset.take(3):
    print(repr(parsed_record))

for raw_record in raw_dataset.take(1):
    example = tf.train.Example()
    example.ParseFromString(raw_record.numpy())
    print(example.features.feature['feature2'].bytes_list.value[0], example.features.feature['feature3'].float_list.value[0])

batched = tf.io.parse_example([r for r in raw_dataset.take(4)], feature_description)
for k in batched:
    print(k, batched[k])
os.remove(filename)
