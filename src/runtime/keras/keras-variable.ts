// Keras 3's backend Variable (an optimizer's learning_rate, iterations and slots): a tf.Variable
// underneath, with Keras's `path` and its repr `<Variable path=adam/iteration, shape=(), ...>`.
import { PyType, PyValue } from '../../interpreter/objects/core.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { Tensor } from '../tensor.js';
import { Variable, variableType } from '../variable.js';
import { shapeStr } from '../printing/index.js';
import { tensorToNumpy } from '../numpy-lite.js';

export const kerasVariableType = new PyType('Variable', [variableType], 'keras.src.backend.tensorflow.core');

export class KerasVariable extends Variable {
  constructor(
    value: Tensor,
    readonly path: string,
    trainable: boolean,
  ) {
    super(value, `${path.slice(path.lastIndexOf('/') + 1)}:0`, trainable);
  }
  override get cls(): PyType {
    return kerasVariableType;
  }
}

/** The value as Keras prints it: a Python number for scalars, numpy's str for arrays. */
function valueText(t: Tensor): string {
  if (t.rank === 0) {
    const v = t.values()[0];
    if (t.dtype.isFloating) return repr(new PyFloat(Number(v)));
    if (t.dtype.name === 'bool') return v ? 'True' : 'False';
    return String(v);
  }
  return str(tensorToNumpy(t));
}

const asKeras = (v: PyValue) => v as KerasVariable;
defineMethod(kerasVariableType, '__repr__', (self) => {
  const v = asKeras(self);
  return `<Variable path=${v.path}, shape=${shapeStr(v.value.shape)}, dtype=${v.value.dtype.name}, value=${valueText(v.value)}>`;
});
defineGetter(kerasVariableType, 'path', (self) => asKeras(self).path);
defineGetter(kerasVariableType, 'name', (self) => asKeras(self).path.slice(asKeras(self).path.lastIndexOf('/') + 1));
