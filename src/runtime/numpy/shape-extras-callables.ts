// Functions that call Python code per element or per index: vectorize, fromfunction,
// piecewise, and the ndenumerate/ndindex iterators.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyBoundMethod, PyBuiltinFunction, PyFunction } from '../../interpreter/objects/function.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { iteratorType } from '../../interpreter/objects/builtin-types.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { call, Kwargs } from '../../interpreter/ops/call.js';
import { PyIterator, iterToArray } from '../../interpreter/ops/iter.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { NpDType, dtypeArg, np } from './dtype.js';
import { NdArray, NumpyScalar, arrayFromPy, elementToPy, makeArray, numElements } from './ndarray.js';
import { getItem, setItem } from './indexing.js';
import { broadcastIndex, broadcastShapes } from './broadcast.js';
import { stridesOf } from '../ops/index-map.js';
import { arr, intList } from './shape-extras-util.js';
import { indexFunctions } from './shape-extras-index.js';
import { StrArray } from './str-array.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

function isCallable(v: PyValue): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyBoundMethod || v instanceof PyType) return true;
  return v !== null && typeof v === 'object' && typeOf(v).lookup('__call__') !== undefined;
}

// ---- vectorize ----

const vectorizeType = new PyType('vectorize', [objectType], 'numpy');
class Vectorize implements PyObject {
  constructor(
    readonly pyfunc: PyValue,
    readonly otypes: NpDType[] | null,
  ) {}
  get cls(): PyType {
    return vectorizeType;
  }
}

function otypesArg(v: PyValue): NpDType[] | null {
  if (v === null) return null;
  if (typeof v === 'string') return [...v].map((c) => dtypeArg(c)!);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((t) => dtypeArg(t)!);
  throw valueError(`Invalid otype specified: ${String(v)}`);
}

/** Calls pyfunc on each broadcast element. As numpy's does without otypes, the first element is
 *  called once more up front (with numpy scalars) to learn the output types. */
function vectorizeCall(v: Vectorize, args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length === 0 && (!kwargs || kwargs.size === 0)) return call(v.pyfunc, [], null);
  const names = kwargs ? [...kwargs.keys()] : [];
  const inputs = [...args, ...names.map((k) => kwargs!.get(k)!)].map((x) => arr(x));
  const shape = broadcastShapes(...inputs.map((a) => a.shape));
  const maps = inputs.map((a) => broadcastIndex(a.shape, shape));
  const n = numElements(shape);
  const callAt = (k: number, asScalar: boolean): PyValue => {
    const vals = inputs.map((a, i) => {
      const x = a.data[maps[i] ? maps[i]![k] : k];
      return asScalar ? new NumpyScalar(a.dtype, x) : elementToPy(x, a.dtype);
    });
    const kw = names.length ? new Map(names.map((name, i) => [name, vals[args.length + i]] as [string, PyValue])) : null;
    return call(v.pyfunc, vals.slice(0, args.length), kw);
  };
  let otypes = v.otypes;
  let tupleOut = otypes !== null && otypes.length > 1;
  if (otypes === null) {
    if (n === 0) throw valueError('cannot call `vectorize` on size 0 inputs unless `otypes` is set');
    const first = callAt(0, true);
    // A str result makes a '<U<n>' array as wide as the longest result.
    if (typeof first === 'string') return vectorizeStrings(callAt, n, shape);
    const outs = first instanceof PyTuple ? first.items : [first];
    otypes = outs.map((o) => arrayFromPy(o).dtype);
    tupleOut = first instanceof PyTuple;
  }
  const columns = otypes.map(() => new Float64Array(n));
  for (let k = 0; k < n; k++) {
    const r = callAt(k, false);
    const outs = tupleOut ? iterToArray(r) : [r];
    outs.forEach((o, j) => (columns[j][k] = arrayFromPy(o, otypes![j]).data[0]));
  }
  const results = columns.map((c, j) => makeArray(otypes![j], shape.slice(), c));
  return tupleOut ? new PyTuple(results) : results[0];
}
function vectorizeStrings(callAt: (k: number, asScalar: boolean) => PyValue, n: number, shape: number[]): StrArray {
  const items: string[] = [];
  for (let k = 0; k < n; k++) {
    const r = callAt(k, false);
    if (typeof r !== 'string') throw typeError(`vectorize: expected every result to be a str like the first, got '${typeOf(r).name}'`);
    items.push(r);
  }
  return new StrArray(items, shape.slice());
}
defineMethod(vectorizeType, '__call__', (self, args, kwargs) => vectorizeCall(self as Vectorize, args, kwargs));

const vectorizeParams = pyParams('vectorize', ['pyfunc', 'otypes', 'doc', 'excluded', 'cache', 'signature'], {
  otypes: null, doc: null, excluded: null, cache: false, signature: null,
});
vectorizeType.construct = (_cls, args, kwargs) => {
  const p = vectorizeParams(args, kwargs);
  if (!isCallable(p.pyfunc)) throw typeError(`'${typeOf(p.pyfunc).name}' object is not callable`);
  return new Vectorize(p.pyfunc, otypesArg(p.otypes));
};

// ---- fromfunction, piecewise ----

function fromfunction(args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length !== 2) throw typeError(`fromfunction() takes 2 positional arguments but ${args.length} were given`);
  const rest = new Map(kwargs ?? []);
  const dtype = rest.has('dtype') ? rest.get('dtype')! : np.float64;
  rest.delete('dtype');
  rest.delete('like');
  const grid = indexFunctions.indices([args[1]], new Map([['dtype', dtype]])) as NdArray;
  const parts = Array.from({ length: grid.shape[0] }, (_, i) => getItem(grid, i));
  return call(args[0], parts, rest.size ? rest : null);
}

function piecewise(args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length < 3) throw typeError(`piecewise() missing ${3 - args.length} required positional argument${args.length === 2 ? '' : 's'}`);
  const [xv, condV, funcV, ...extra] = args;
  const x = arr(xv);
  const funcs = funcV instanceof PyList || funcV instanceof PyTuple ? funcV.items : [funcV];
  let conds: NdArray[];
  const seq = condV instanceof PyList || condV instanceof PyTuple;
  const first = seq ? (condV as PyList).items[0] : null;
  if (!seq || (x.ndim !== 0 && !(first instanceof PyList || first instanceof NdArray))) conds = [makeArray(np.bool, arr(condV).shape.slice(), arr(condV).data)];
  else conds = (condV as PyList).items.map((c) => makeArray(np.bool, arr(c).shape.slice(), arr(c).data));
  if (conds.length === funcs.length - 1) {
    const rest = new Float64Array(x.size);
    for (let i = 0; i < x.size; i++) rest[i] = conds.some((c) => c.data[c.size === x.size ? i : 0]) ? 0 : 1;
    conds.push(makeArray(np.bool, x.shape.slice(), rest));
  } else if (conds.length !== funcs.length) {
    throw valueError(`with ${conds.length} condition(s), either ${conds.length} or ${conds.length + 1} functions are expected`);
  }
  const y = makeArray(x.dtype, x.shape.slice(), new Float64Array(x.size));
  conds.forEach((cond, i) => {
    const f = funcs[i];
    if (!isCallable(f)) {
      setItem(y, cond, f);
      return;
    }
    const vals = getItem(x, cond);
    if (vals instanceof NdArray && vals.size === 0) return;
    setItem(y, cond, call(f, [vals, ...extra], kwargs));
  });
  return y;
}

// ---- ndenumerate, ndindex ----

const ndenumerateType = new PyType('ndenumerate', [iteratorType], 'numpy');
const ndindexType = new PyType('ndindex', [iteratorType], 'numpy');

function multiIndexIterator(shape: number[], item: (flat: number, idx: PyTuple) => PyValue, cls: PyType): PyIterator {
  const n = numElements(shape);
  const st = stridesOf(shape);
  let k = 0;
  return new PyIterator(() => {
    if (k >= n) return undefined;
    const idx = st.map((s, d) => Math.floor(k / s) % shape[d]);
    return item(k++, new PyTuple(idx));
  }, cls);
}

export const callableFunctions: Record<string, Fn> = {
  vectorize: (args, kwargs) => vectorizeType.construct!(vectorizeType, args, kwargs),
  fromfunction,
  piecewise,
  ndenumerate: (args) => {
    const a = arr(args[0]);
    return multiIndexIterator(a.shape, (k, idx) => new PyTuple([idx, new NumpyScalar(a.dtype, a.data[k])]), ndenumerateType);
  },
  ndindex: (args) => {
    const shape = args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList) ? intList(args[0]) : args.map(asIndex);
    return multiIndexIterator(shape, (_k, idx) => idx, ndindexType);
  },
};
