// tf.nn.weighted_moments, in Python over the public tf functions with the reductions of TF's
// nn_impl.py (float16 computed in float32; sums kept as keepdims until the final squeeze), so
// the values round exactly as TF's do.
import type { PyModule } from '../../interpreter/objects/function.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';
import { submodule } from './shape-args.js';

const momentsSource = String.raw`
def weighted_moments(x, axes, frequency_weights, keepdims=False, name=None):
    x = _tf.convert_to_tensor(x, name="x")
    frequency_weights = _tf.convert_to_tensor(frequency_weights, name="frequency_weights")
    needs_cast = x.dtype == _tf.float16
    if needs_cast:
        x = _tf.cast(x, _tf.float32)
    if frequency_weights.dtype != x.dtype:
        frequency_weights = _tf.cast(frequency_weights, x.dtype)
    weighted_input_sum = _tf.reduce_sum(frequency_weights * x, axes, keepdims=True)
    # Weights only broadcast against x: adding zeros gives one weight per element of x.
    broadcasted_weights = frequency_weights + _tf.zeros_like(x)
    sum_of_weights = _tf.reduce_sum(broadcasted_weights, axes, keepdims=True)
    weighted_mean = _tf.math.divide_no_nan(weighted_input_sum, sum_of_weights)
    weighted_distsq = _tf.reduce_sum(frequency_weights * _tf.math.squared_difference(x, weighted_mean), axes, keepdims=True)
    weighted_variance = _tf.math.divide_no_nan(weighted_distsq, sum_of_weights)
    if not keepdims:
        weighted_mean = _tf.squeeze(weighted_mean, axis=axes)
        weighted_variance = _tf.squeeze(weighted_variance, axis=axes)
    if needs_cast:
        weighted_mean = _tf.cast(weighted_mean, _tf.float16)
        weighted_variance = _tf.cast(weighted_variance, _tf.float16)
    return weighted_mean, weighted_variance
`;

export function installMomentsExtras(tf: PyModule): void {
  const nn = submodule(tf, 'nn', 'tensorflow._api.v2.nn');
  nn.defineLazy('weighted_moments', () => pythonModule('tensorflow.python.ops.nn_impl', momentsSource, { _tf: tf }).dict.get('weighted_moments')!);
}
