// Calling a numpy ufunc from Python: positional inputs only, then `out` (positionally or by
// keyword), `where` (a mask that leaves the other elements of `out` untouched) and `dtype` (the
// loop's input type); the argument errors are numpy's.
import { PyType, PyValue } from '../../interpreter/objects/core.js';
import { PyBaseException, excType, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyTuple } from '../../interpreter/objects/values.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg } from './dtype.js';
import { NdArray, castValues, makeArray, wrapResult, writeBack } from './ndarray.js';
import { broadcastIndex } from './broadcast.js';
import { operandOrThrow } from './ufuncs.js';

/** numpy's UFuncTypeError (its private subclasses display under this name). */
export const ufuncTypeError = new PyType('UFuncTypeError', [excType('TypeError')], 'numpy._core._exceptions');

const ufuncKeywords = new Set(['out', 'where', 'casting', 'order', 'dtype', 'subok', 'signature']);
const shapeText = (s: readonly number[]) => (s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`);

/** Binds a ufunc call's arguments; `compute` gets the inputs (cast to `dtype=` when given) and
 *  returns the result array, which lands in `out=` when one is passed. */
export function callUfunc(name: string, nin: number, args: PyValue[], kwargs: Kwargs, compute: (inputs: PyValue[]) => NdArray): PyValue {
  if (args.length < nin || args.length > nin + 1) {
    throw typeError(`${name}() takes from ${nin} to ${nin + 1} positional arguments but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  }
  const kw = new Map<string, PyValue>();
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (!ufuncKeywords.has(k)) throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
      kw.set(k, v);
    }
  }
  let out: PyValue = args.length > nin ? args[nin] : kw.has('out') ? kw.get('out')! : null;
  if (out instanceof PyTuple && out.items.length === 1) out = out.items[0];
  if (out !== null && !(out instanceof NdArray)) throw typeError('return arrays must be of ArrayType');
  const dtype = kw.has('dtype') ? dtypeArg(kw.get('dtype')!) : null;
  const inputs = dtype === null ? args.slice(0, nin) : args.slice(0, nin).map((v) => {
    const a = operandOrThrow(v).arr;
    return makeArray(dtype, a.shape.slice(), castValues(a.data, dtype));
  });
  const r = compute(inputs);
  if (out === null) return wrapResult(r);
  const fits = r.ndim <= out.ndim && r.shape.every((d, i) => d === 1 || d === out.shape[out.ndim - r.ndim + i]);
  if (!fits) {
    const ins = args.slice(0, nin).map((v) => shapeText(operandOrThrow(v).arr.shape));
    throw valueError(`operands could not be broadcast together with shapes ${[...ins, shapeText(out.shape)].join(' ')} `);
  }
  const rank = (k: string) => (k === 'b' ? 0 : k === 'f' ? 2 : 1);
  if (rank(r.dtype.kind) > rank(out.dtype.kind)) {
    throw new PyBaseException(ufuncTypeError, [`Cannot cast ufunc '${name}' output from dtype('${r.dtype.name}') to dtype('${out.dtype.name}') with casting rule 'same_kind'`]);
  }
  const values = castValues(r.data, out.dtype);
  const ri = r.size === 1 ? null : broadcastIndex(r.shape, out.shape);
  const where = kw.has('where') ? operandOrThrow(kw.get('where')!).arr : null;
  const wi = where === null || where.size === 1 ? null : broadcastIndex(where.shape, out.shape);
  for (let i = 0; i < out.size; i++) {
    if (where !== null && !where.data[where.size === 1 ? 0 : wi ? wi[i] : i]) continue;
    out.data[i] = values[r.size === 1 ? 0 : ri ? ri[i] : i];
  }
  writeBack(out);
  return out;
}
