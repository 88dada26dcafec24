// np.array2string, np.array_repr, np.array_str and the np.printoptions context manager: the same
// layout as str/repr of an ndarray, with numpy's per-call overrides of the print options.
import type { PyValue } from '../../interpreter/objects/core.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { printOptions, formatNdarrayRepr, formatNdarrayStr } from '../printing/index.js';
import { layoutArray } from '../printing/array-layout.js';
import type { PrintDType } from '../printing/dtypes.js';
import { asArray, NdArray } from './ndarray.js';
import { ObjectArray } from './object-array.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';

type Overrides = { precision: PyValue; suppress: PyValue; linewidth: PyValue; threshold?: PyValue; edgeitems?: PyValue };

/** Runs `body` with the given print options in force (None keeps the current value). */
function withOptions<T>(o: Overrides, body: () => T): T {
  const saved = { ...printOptions };
  try {
    if (o.precision !== null) printOptions.precision = asIndex(o.precision);
    if (o.suppress !== null) printOptions.suppress = isTruthy(o.suppress);
    if (o.linewidth !== null) printOptions.linewidth = asIndex(o.linewidth);
    if (o.threshold !== undefined && o.threshold !== null) printOptions.threshold = asIndex(o.threshold);
    if (o.edgeitems !== undefined && o.edgeitems !== null) printOptions.edgeitems = asIndex(o.edgeitems);
    return body();
  } finally {
    Object.assign(printOptions, saved);
  }
}

function arrayArg(v: PyValue, fn: string): NdArray {
  if (v instanceof ObjectArray) throw typeError(`${fn} of an object array is not supported by tfts`);
  return asArray(v);
}

const a2sParams = pyParams(
  'array2string',
  ['a', 'max_line_width', 'precision', 'suppress_small', 'separator', 'prefix'],
  { max_line_width: null, precision: null, suppress_small: null, separator: ' ', prefix: '', threshold: null, edgeitems: null, suffix: '' },
  ['threshold', 'edgeitems', 'suffix'],
);

export function array2string(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = a2sParams(args, kwargs);
  const a = arrayArg(p.a, 'array2string');
  const dtype = a.dtype.name as PrintDType;
  return withOptions({ precision: p.precision, suppress: p.suppress_small, linewidth: p.max_line_width, threshold: p.threshold, edgeitems: p.edgeitems }, () => {
    if (a.size === 0) return '[]';
    const options = { separator: String(p.separator), prefix: String(p.prefix), lineWidth: printOptions.linewidth - String(p.suffix).length };
    // A 0-d array formats its element as a 1-element array would (float32 1.0 -> '1.').
    if (a.shape.length === 0) return layoutArray(a.data, [1], dtype, options).slice(1, -1);
    return layoutArray(a.data, a.shape, dtype, options);
  });
}

const textParams = (name: string) => pyParams(name, ['a', 'max_line_width', 'precision', 'suppress_small'], { max_line_width: null, precision: null, suppress_small: null });
const reprParams = textParams('array_repr');
const strParams = textParams('array_str');

export function arrayReprFn(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = reprParams(args, kwargs);
  const a = arrayArg(p.a, 'array_repr');
  return withOptions({ precision: p.precision, suppress: p.suppress_small, linewidth: p.max_line_width }, () => formatNdarrayRepr(a.data, a.shape, a.dtype.name as PrintDType));
}

export function arrayStrFn(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = strParams(args, kwargs);
  const a = arrayArg(p.a, 'array_str');
  return withOptions({ precision: p.precision, suppress: p.suppress_small, linewidth: p.max_line_width }, () => formatNdarrayStr(a.data, a.shape, a.dtype.name as PrintDType));
}

// np.printoptions(**kwargs): set_printoptions for a with-block, the previous options restored after.
const printoptionsSource = String.raw`
import numpy as _np


class printoptions:
    def __init__(self, *args, **kwargs):
        self._args = args
        self._kwargs = kwargs

    def __enter__(self):
        saved = _np.get_printoptions()
        self._saved = dict((k, saved[k]) for k in ('precision', 'threshold', 'edgeitems', 'linewidth', 'suppress'))
        _np.set_printoptions(*self._args, **self._kwargs)
        return _np.get_printoptions()

    def __exit__(self, *exc):
        _np.set_printoptions(**self._saved)
        return False
`;

export function printoptionsContext(): PyValue {
  return pythonModule('numpy._core.arrayprint', printoptionsSource).dict.get('printoptions')!;
}
