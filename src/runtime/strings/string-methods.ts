// The Python methods of string tensors that differ from numeric ones: printing (bytes reprs),
// .numpy() (bytes, or an object ndarray), Python conversions as numpy's object arrays do them,
// and == / != (TF's equality: a non-broadcastable pair compares unequal instead of raising).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { attributeError, PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { floatType, intType } from '../../interpreter/objects/builtin-types.js';
import { defineMethod } from '../../interpreter/builtins/define.js';
import { call } from '../../interpreter/ops/call.js';
import { formatNdarrayStr, pyBytesRepr, tensorRepr, tensorStr } from '../printing/index.js';
import { dtypes } from '../dtypes.js';
import { tfErrorTypes } from '../errors.js';
import { toTensor } from '../convert.js';
import { Tensor, stringTensorType, tensorFromValues } from '../tensor.js';
import * as E from '../ops/elementwise.js';
import { runOp } from '../ops/registry.js';
import { refuseNumericMethods, stringTensorToNumpy } from '../numpy/object-array.js';
import { fromUtf8, stringsOf } from './string-tensor.js';

const st = (self: PyValue) => self as Tensor;


/** The one element, for int()/float()/bool() (numpy's size-1 rule). */
function single(t: Tensor): PyBytes {
  if (t.size !== 1) throw typeError('only length-1 arrays can be converted to Python scalars');
  return new PyBytes(stringsOf(t)[0]);
}

/** `a == b`: TF's Equal with incompatible_shape_error=False. */
function equality(self: Tensor, other: PyValue, equal: boolean): PyValue {
  if (other === null) return !equal;
  const y = toTensor(other, null, dtypes.string);
  try {
    return runOp(equal ? E.Equal : E.NotEqual, [self, y], null);
  } catch (e) {
    const incompatible = e instanceof PyBaseException && e.cls === tfErrorTypes.InvalidArgumentError && String(e.args[0]).includes('Incompatible shapes');
    if (!incompatible) throw e;
    return tensorFromValues([equal ? 0 : 1], [], dtypes.bool, self.device);
  }
}

defineMethod(stringTensorType, '__str__', (self) => tensorStr(stringsOf(st(self)), st(self).shape, 'string'));
defineMethod(stringTensorType, '__repr__', (self) => tensorRepr(stringsOf(st(self)), st(self).shape, 'string'));
// format(t, '') is numpy's str of the value (bytes repr for a scalar), as TF's __format__ does.
defineMethod(stringTensorType, '__format__', (self, args) => {
  const t = st(self);
  if (args[0] !== '') throw typeError(`unsupported format string passed to ${t.rank === 0 ? 'bytes' : 'numpy.ndarray'}.__format__`);
  return t.rank === 0 ? pyBytesRepr(stringsOf(t)[0]) : formatNdarrayStr(stringsOf(t), t.shape, 'string');
});
defineMethod(stringTensorType, 'numpy', (self) => stringTensorToNumpy(st(self)));
// TF's _add_dispatch converts the other operand with only a dtype *hint*, so `t + 1` reaches the
// string Add kernel as an int32 tensor and fails there (other operators force the string dtype).
defineMethod(stringTensorType, '__add__', (self, args) => runOp(E.AddV2, [st(self), toTensor(args[0])], null));
defineMethod(stringTensorType, '__eq__', (self, args) => equality(st(self), args[0], true));
defineMethod(stringTensorType, '__ne__', (self, args) => equality(st(self), args[0], false));
defineMethod(stringTensorType, '__bool__', (self) => {
  const t = st(self);
  if (t.size !== 1) throw valueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
  return stringsOf(t)[0].length > 0;
});
/** int(b'12') / float(b'1.5'): Python parses the bytes as ASCII text; errors show the bytes. */
function parseBytes(t: Tensor, type: typeof intType, error: string): PyValue {
  const b = single(t);
  try {
    return call(type, [fromUtf8(b.data)], null);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'ValueError') throw valueError(`${error}: ${pyBytesRepr(b.data)}`);
    throw e;
  }
}
defineMethod(stringTensorType, '__int__', (self) => parseBytes(st(self), intType, 'invalid literal for int() with base 10'));
defineMethod(stringTensorType, '__float__', (self) => parseBytes(st(self), floatType, 'could not convert string to float'));
defineMethod(stringTensorType, '__index__', (self) => {
  const b = single(st(self));
  throw attributeError("'bytes' object has no attribute '__index__'", b, '__index__');
});

/** Installs what must run after numpy's ndarray methods exist. */
export function installStringMethods(): void {
  refuseNumericMethods();
}
