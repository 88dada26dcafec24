// The reductions as Python calls them, shared by ndarray methods (a.sum(axis=0)) and module
// functions (np.sum(a, axis=0)): argument binding and scalar results for full reductions.
import { PyValue } from '../../interpreter/objects/core.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg } from './dtype.js';
import { NdArray, wrapResult } from './ndarray.js';
import * as R from './reductions.js';

export function axisArg(v: PyValue): number[] | null {
  if (v === null) return null;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.map(asIndex);
  return [asIndex(v)];
}
const oneAxis = (v: PyValue): number | null => (v === null ? null : asIndex(v));

type Reducer = (a: NdArray, args: PyValue[], kwargs: Kwargs) => PyValue;

function reducer(name: string, params: string[], defaults: Record<string, PyValue>, body: (a: NdArray, p: Record<string, PyValue>) => NdArray, kwonly: string[] = []): Reducer {
  const bind = pyParams(name, ['a', ...params], defaults, kwonly);
  return (a, args, kwargs) => wrapResult(body(a, bind([a, ...args], kwargs)));
}

const keep = (p: Record<string, PyValue>) => isTruthy(p.keepdims);

export const reducers: Record<string, Reducer> = {
  sum: reducer('sum', ['axis', 'dtype', 'out', 'keepdims'], { axis: null, dtype: null, out: null, keepdims: false }, (a, p) =>
    R.sum(a, axisArg(p.axis), keep(p), dtypeArg(p.dtype)),
  ),
  prod: reducer('prod', ['axis', 'dtype', 'out', 'keepdims'], { axis: null, dtype: null, out: null, keepdims: false }, (a, p) =>
    R.prod(a, axisArg(p.axis), keep(p)),
  ),
  mean: reducer('mean', ['axis', 'dtype', 'out', 'keepdims'], { axis: null, dtype: null, out: null, keepdims: false }, (a, p) =>
    R.mean(a, axisArg(p.axis), keep(p), dtypeArg(p.dtype)),
  ),
  std: reducer('std', ['axis', 'dtype', 'out', 'ddof', 'keepdims'], { axis: null, dtype: null, out: null, ddof: 0, keepdims: false }, (a, p) =>
    R.variance(a, axisArg(p.axis), keep(p), asIndex(p.ddof), true),
  ),
  var: reducer('var', ['axis', 'dtype', 'out', 'ddof', 'keepdims'], { axis: null, dtype: null, out: null, ddof: 0, keepdims: false }, (a, p) =>
    R.variance(a, axisArg(p.axis), keep(p), asIndex(p.ddof), false),
  ),
  max: reducer('max', ['axis', 'out', 'keepdims'], { axis: null, out: null, keepdims: false }, (a, p) => R.extremum(a, axisArg(p.axis), keep(p), true)),
  min: reducer('min', ['axis', 'out', 'keepdims'], { axis: null, out: null, keepdims: false }, (a, p) => R.extremum(a, axisArg(p.axis), keep(p), false)),
  any: reducer('any', ['axis', 'out', 'keepdims'], { axis: null, out: null, keepdims: false }, (a, p) => R.logical(a, axisArg(p.axis), keep(p), false)),
  all: reducer('all', ['axis', 'out', 'keepdims'], { axis: null, out: null, keepdims: false }, (a, p) => R.logical(a, axisArg(p.axis), keep(p), true)),
  argmax: reducer('argmax', ['axis', 'out'], { axis: null, out: null, keepdims: false }, (a, p) => R.argExtremum(a, oneAxis(p.axis), keep(p), true), ['keepdims']),
  argmin: reducer('argmin', ['axis', 'out'], { axis: null, out: null, keepdims: false }, (a, p) => R.argExtremum(a, oneAxis(p.axis), keep(p), false), ['keepdims']),
  cumsum: reducer('cumsum', ['axis', 'dtype', 'out'], { axis: null, dtype: null, out: null }, (a, p) => R.cumulative(a, oneAxis(p.axis), false)),
  cumprod: reducer('cumprod', ['axis', 'dtype', 'out'], { axis: null, dtype: null, out: null }, (a, p) => R.cumulative(a, oneAxis(p.axis), true)),
};
