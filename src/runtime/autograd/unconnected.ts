// tf.UnconnectedGradients: what `gradient` returns for sources the target does not depend on.
// A small enum-like class (NONE / ZERO) that also accepts the strings 'none' and 'zero', as TF.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { repr } from '../../interpreter/ops/text.js';

export const unconnectedGradientsType = new PyType('UnconnectedGradients', [objectType], 'tensorflow.python.ops.unconnected_gradients');

class UnconnectedMember implements PyObject {
  constructor(
    readonly name: string,
    readonly value: string,
  ) {}
  get cls(): PyType {
    return unconnectedGradientsType;
  }
}

export const UNCONNECTED_NONE = new UnconnectedMember('NONE', 'none');
export const UNCONNECTED_ZERO = new UnconnectedMember('ZERO', 'zero');
unconnectedGradientsType.dict.set('NONE', UNCONNECTED_NONE);
unconnectedGradientsType.dict.set('ZERO', UNCONNECTED_ZERO);

const asMember = (v: PyValue) => v as UnconnectedMember;
defineMethod(unconnectedGradientsType, '__repr__', (self) => `<UnconnectedGradients.${asMember(self).name}: '${asMember(self).value}'>`);
defineMethod(unconnectedGradientsType, '__str__', (self) => `UnconnectedGradients.${asMember(self).name}`);
defineGetter(unconnectedGradientsType, 'name', (self) => asMember(self).name);
defineGetter(unconnectedGradientsType, 'value', (self) => asMember(self).value);

/** True for ZERO, false for NONE; TF's ValueError for anything else. */
export function zeroForUnconnected(v: PyValue): boolean {
  if (v === UNCONNECTED_ZERO || v === 'zero') return true;
  if (v === UNCONNECTED_NONE || v === 'none') return false;
  throw valueError(`Unknown value for unconnected_gradients: ${repr(v)}`);
}

/** UnconnectedGradients(v): the member for a member or its value, else the enum's ValueError. */
export function asUnconnectedGradients(v: PyValue): UnconnectedMember {
  if (v === UNCONNECTED_ZERO || v === 'zero') return UNCONNECTED_ZERO;
  if (v === UNCONNECTED_NONE || v === 'none') return UNCONNECTED_NONE;
  throw valueError(`${repr(v)} is not a valid UnconnectedGradients`);
}
