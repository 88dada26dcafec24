// numpy.linalg.tensorsolve and tensorinv: numpy's reshapes around solve and inv (linalg-lu.ts).
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { NdArray } from './ndarray.js';
import { operandOrThrow } from './ufuncs.js';
import { inv, linAlgErrorType, solve } from './linalg-lu.js';
import * as S from './shape.js';

const tensorsolveParams = pyParams('tensorsolve', ['a', 'b', 'axes'], { axes: null });

export function tensorsolve(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = tensorsolveParams(args, kwargs);
  let a = operandOrThrow(p.a).arr;
  const b = operandOrThrow(p.b).arr;
  const an = a.ndim;
  if (p.axes !== null) {
    const all = [...Array(an).keys()];
    for (const k of iterToArray(p.axes).map(asIndex)) {
      const at = all.indexOf(k);
      if (at < 0) throw valueError('list.remove(x): x not in list');
      all.splice(at, 1);
      all.push(k);
    }
    a = S.transpose(a, all);
  }
  const oldshape = a.shape.slice(an - (an - b.ndim));
  const prod = oldshape.reduce((x, y) => x * y, 1);
  if (a.size !== prod * prod) {
    // (numpy's message carries the indentation of its source line.)
    throw new PyBaseException(linAlgErrorType, [`Input arrays must satisfy the requirement${' '.repeat(13)}prod(a.shape[b.ndim:]) == prod(a.shape[:b.ndim])`]);
  }
  const res = operandOrThrow(solve([S.reshape(a, [prod, prod]), S.reshape(b, [b.size])])).arr;
  return S.reshape(res, oldshape);
}

const tensorinvParams = pyParams('tensorinv', ['a', 'ind'], { ind: 2 });

export function tensorinv(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = tensorinvParams(args, kwargs);
  const a: NdArray = operandOrThrow(p.a).arr;
  const ind = asIndex(p.ind);
  if (!(ind > 0)) throw valueError('Invalid ind argument.');
  const invshape = [...a.shape.slice(ind), ...a.shape.slice(0, ind)];
  const prod = a.shape.slice(ind).reduce((x, y) => x * y, 1);
  const rows = prod === 0 ? 0 : a.size / prod;
  const ia = operandOrThrow(inv([S.reshape(a, [prod, rows])])).arr;
  return S.reshape(ia, invshape);
}
