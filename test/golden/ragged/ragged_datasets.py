# Ragged components in tf.data (the ragged guide): slices, batch, unbatch, ragged_batch, map to ragged, element_spec
import tensorflow as tf
features = {
    'document': tf.ragged.constant([[b'a', b'b', b'c'], [b'd']]),
    'values': tf.ragged.constant([[1, 2, 3], [4]]),
    'label': tf.constant([3, 8]),
}
def print_dictionary_dataset(dataset):
    for i, element in enumerate(dataset):
        print("Element {}:".format(i))
        for (feature_name, feature_value) in element.items():
            print('{:>14} = {}'.format(feature_name, feature_value))
dataset = tf.data.Dataset.from_tensor_slices(features)
print_dictionary_dataset(dataset)
batched_dataset = dataset.batch(2)
print_dictionary_dataset(batched_dataset)
unbatched_dataset = batched_dataset.unbatch()
print_dictionary_dataset(unbatched_dataset)
non_ragged_dataset = tf.data.Dataset.from_tensor_slices([1, 5, 3, 2, 8])
non_ragged_dataset = non_ragged_dataset.map(tf.range)
batched_non_ragged_dataset = non_ragged_dataset.ragged_batch(2)
for element in batched_non_ragged_dataset:
    print(element)
def transform_lengths(features):
    return {
        'mean_length': tf.math.reduce_mean(features['values']),
        'length_ranges': tf.ragged.range(features['values'])}
transformed_dataset = dataset.map(transform_lengths)
print_dictionary_dataset(transformed_dataset)
print(dataset.element_spec)
d2 = tf.data.Dataset.from_tensor_slices(tf.ragged.constant([[1, 2], [3], [4, 5, 6]]))
for x in d2:
    print(x)
for x in d2.batch(2):
    print(x)
