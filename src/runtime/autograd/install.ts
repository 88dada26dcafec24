// Puts the autograd names into the `tensorflow` module: tf.custom_gradient, tf.stop_gradient,
// tf.UnconnectedGradients, tf.function, tf.TensorSpec, tf.IndexedSlices and tf.autodiff (GradientTape,
// ForwardAccumulator). (tf.linspace, which the
// sigmoid golden uses, is the math module's.)
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { builtinFunction, pyParams } from '../../interpreter/builtins/define.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { gradientTapeType } from '../gradient-tape.js';
import { customGradient } from './custom-gradient.js';
import { unconnectedGradientsType } from './unconnected.js';
import { tfFunction } from './tf-function.js';
import { tensorSpecType } from './tensor-spec.js';
import { installForwardprop } from './forwardprop.js';
import { indexedSlicesType } from './indexed-slices.js';

const stopGradientParams = pyParams('stop_gradient', ['input', 'name'], { name: null });
const customGradientParams = pyParams('custom_gradient', ['f'], { f: null });

/** A tensor with x's value that no tape connects to x. */
function stopGradient(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const t = toTensor(stopGradientParams(args, kwargs).input);
  return new Tensor(t.storage, t.shape, t.dtype, t.device);
}

export function installAutograd(tf: PyModule): void {
  const set = (name: string, value: PyValue) => tf.dict.set(name, value);
  set('stop_gradient', builtinFunction('stop_gradient', stopGradient));
  set(
    'custom_gradient',
    builtinFunction('custom_gradient', (args, kwargs) => {
      const f = customGradientParams(args, kwargs).f;
      return f === null ? builtinFunction('decorator', (inner) => customGradient(inner[0])) : customGradient(f);
    }),
  );
  set('UnconnectedGradients', unconnectedGradientsType);
  set('function', builtinFunction('function', tfFunction));
  set('TensorSpec', tensorSpecType);
  set('IndexedSlices', indexedSlicesType);
  const autodiff = new PyModule('tensorflow._api.v2.autodiff');
  autodiff.dict.set('GradientTape', gradientTapeType);
  installForwardprop(autodiff);
  set('autodiff', autodiff);
}
