// Control flow and graph-building helpers as TF runs them eagerly: tf.cond / while_loop call the
// Python functions directly, map_fn / scan / foldl / foldr / vectorized_map loop over the first
// dimension and stack the results, py_function / numpy_function call back into Python, and the
// graph-only helpers (name_scope, control_dependencies, init_scope, group, no_op, tuple,
// identity_n) behave as they do in eager mode.
import type { PyValue, PyObject } from '../../interpreter/objects/core.js';
import { PyType, objectType } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction, defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { repr } from '../../interpreter/ops/text.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { call } from '../../interpreter/ops/call.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { DType } from '../dtypes.js';
import { enterNameScope, exitNameScope } from '../name-scope.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { tensorToNumpy } from '../numpy-lite.js';
import * as api from '../ops/api.js';
import { gather } from '../ops/shape-gather.js';
import { stack } from '../ops/shape-layout.js';
import { insideTfFunction } from '../autograd/tf-function.js';
import { addFunctions, Fn, intArg } from './shape-args.js';
import { caseFns } from './control-case.js';
import { dtypeOrNull, isTensorValue } from './math-args.js';

/** tf.identity: a new tensor with the same value (a reshape to the same shape, as tf.identity here). */
const identity = (t: Tensor): Tensor => api.reshape(t, t.shape);


/** The leaves of a nested list/tuple/dict structure (dicts in key order, as tf.nest sorts them). */
function flatten(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.flatMap(flatten);
  if (v instanceof PyDict) return sortedKeys(v).flatMap((k) => flatten(v.storage.get(k)!));
  return [v];
}

function sortedKeys(d: PyDict): PyValue[] {
  return d.storage.keys().slice().sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/** Rebuilds `like`'s structure from leaves taken in order. */
function packAs(like: PyValue, leaves: PyValue[]): PyValue {
  let i = 0;
  const build = (v: PyValue): PyValue => {
    if (v instanceof PyList) return new PyList(v.items.map(build));
    if (v instanceof PyTuple) return new PyTuple(v.items.map(build));
    if (v instanceof PyDict) {
      const out = new PyDict();
      for (const k of sortedKeys(v)) out.storage.set(k, build(v.storage.get(k)!));
      return out;
    }
    return leaves[i++];
  };
  return build(like);
}

const mapStructure = (v: PyValue, f: (leaf: PyValue) => PyValue): PyValue => packAs(v, flatten(v).map(f));

/** Row i of a tensor (its first dimension removed). */
const row = (t: Tensor, i: number): Tensor => gather(t, { values: Int32Array.of(i), shape: [] }, 0, 0);

function whileLoop(p: Record<string, PyValue>): PyValue {
  let vars = mapStructure(p.loop_vars, (x) => (isTensorValue(x) ? x : toTensor(x)));
  const limit = p.maximum_iterations === null ? Infinity : Number(asIndex(p.maximum_iterations));
  const args = (v: PyValue): PyValue[] => (v instanceof PyList || v instanceof PyTuple ? [...v.items] : [v]);
  for (let n = 0; n < limit && isTruthy(call(p.cond, args(vars), null)); n++) {
    const next = call(p.body, args(vars), null);
    if (next instanceof Tensor && next.rank === 0) throw typeError('Cannot iterate over a scalar tensor.');
    vars = next;
  }
  return vars;
}

/** map_fn: fn over the rows of elems (a tensor or a structure of tensors), results stacked. */
function mapFn(fn: PyValue, elemsArg: PyValue, signature: PyValue): PyValue {
  const elems = flatten(elemsArg).map((e) => toTensor(e));
  const n = elems[0].shape[0];
  const results: PyValue[][] = [];
  let structure: PyValue = null;
  for (let i = 0; i < n; i++) {
    const r = call(fn, [packAs(elemsArg, elems.map((e) => row(e, i)))], null);
    structure = signature !== null && !(signature instanceof DType) ? signature : r;
    results.push(flatten(r));
  }
  const dtypes = signature === null ? null : flatten(signature).map((s) => (s instanceof DType ? s : null));
  const leaves = (results[0] ?? flatten(signature)).map((_, j) =>
    stack(results.map((r) => toTensor(r[j], dtypes?.[j] ?? null)), 0),
  );
  return packAs(structure, leaves);
}

function scan(fn: PyValue, elemsArg: PyValue, initializer: PyValue, reverse: boolean): Tensor {
  const elems = toTensor(elemsArg);
  const n = elems.shape[0];
  const order = Array.from({ length: n }, (_, i) => (reverse ? n - 1 - i : i));
  let acc: Tensor;
  const out: Tensor[] = [];
  if (initializer === null) {
    acc = row(elems, order.shift()!);
    out.push(acc);
  } else {
    acc = toTensor(initializer);
  }
  for (const i of order) {
    acc = toTensor(call(fn, [acc, row(elems, i)], null), acc.dtype);
    out.push(acc);
  }
  if (reverse) out.reverse();
  return stack(out, 0);
}

function fold(fn: PyValue, elemsArg: PyValue, initializer: PyValue, fromRight: boolean): Tensor {
  const elems = toTensor(elemsArg);
  const n = elems.shape[0];
  const order = Array.from({ length: n }, (_, i) => (fromRight ? n - 1 - i : i));
  let acc = initializer === null ? row(elems, order.shift()!) : toTensor(initializer, elems.dtype);
  for (const i of order) acc = toTensor(call(fn, [acc, row(elems, i)], null), acc.dtype);
  return acc;
}

/** Converts a py_function / numpy_function result to Tout (a dtype or a list of dtypes). */
function toTout(result: PyValue, tout: PyValue): PyValue {
  if (tout instanceof PyList || tout instanceof PyTuple) {
    const rs = result instanceof PyList || result instanceof PyTuple ? result.items : [result];
    return new PyList(tout.items.map((d, i) => toTensor(rs[i], dtypeOrNull(d))));
  }
  return toTensor(result, dtypeOrNull(tout));
}

// Context managers: name_scope opens a name scope (its __enter__ gives the full scope name);
// control_dependencies and init_scope do nothing eagerly.
const scopeType = new PyType('name_scope', [objectType], 'tensorflow.python.framework.ops');
class Scope implements PyObject {
  constructor(readonly scopeName: string | null) {}
  get cls(): PyType {
    return scopeType;
  }
}
defineMethod(scopeType, '__enter__', (self) => {
  const name = (self as Scope).scopeName;
  return name === null ? null : enterNameScope(name);
});
defineMethod(scopeType, '__exit__', (self) => {
  if ((self as Scope).scopeName !== null) exitNameScope();
  return false;
});
defineGetter(scopeType, 'name', (self) => (self as Scope).scopeName);

const P = {
  cond: pyParams('cond', ['pred', 'true_fn', 'false_fn', 'name'], { true_fn: null, false_fn: null, name: null }),
  whileLoop: pyParams('while_loop', ['cond', 'body', 'loop_vars', 'shape_invariants', 'parallel_iterations', 'back_prop', 'swap_memory', 'maximum_iterations', 'name'], { shape_invariants: null, parallel_iterations: 10, back_prop: true, swap_memory: false, maximum_iterations: null, name: null }),
  mapFn: pyParams('map_fn', ['fn', 'elems', 'dtype', 'parallel_iterations', 'back_prop', 'swap_memory', 'infer_shape', 'name', 'fn_output_signature'], { dtype: null, parallel_iterations: null, back_prop: true, swap_memory: false, infer_shape: true, name: null, fn_output_signature: null }),
  scan: pyParams('scan', ['fn', 'elems', 'initializer', 'parallel_iterations', 'back_prop', 'swap_memory', 'infer_shape', 'reverse', 'name'], { initializer: null, parallel_iterations: 10, back_prop: true, swap_memory: false, infer_shape: true, reverse: false, name: null }),
  fold: (name: string) => pyParams(name, ['fn', 'elems', 'initializer', 'parallel_iterations', 'back_prop', 'swap_memory', 'name'], { initializer: null, parallel_iterations: 10, back_prop: true, swap_memory: false, name: null }),
  vmap: pyParams('vectorized_map', ['fn', 'elems', 'fallback_to_while_loop', 'warn'], { fallback_to_while_loop: true, warn: true }),
  pyFunction: pyParams('py_function', ['func', 'inp', 'Tout', 'name'], { inp: null, Tout: null, name: null }),
  numpyFunction: pyParams('numpy_function', ['func', 'inp', 'Tout', 'stateful', 'name'], { stateful: true, name: null }),
  nameScope: pyParams('name_scope', ['name'], {}),
  switchCase: pyParams('switch_case', ['branch_index', 'branch_fns', 'default', 'name'], { default: null, name: 'switch_case' }),
  identityN: pyParams('identity_n', ['input', 'name'], { name: null }),
};

/** tf.switch_case: runs branch_fns[branch_index] (a list of callables, a dict of them by index,
 *  or (index, callable) pairs); an index out of range runs `default`, or the last branch. */
function switchCase(p: Record<string, PyValue>): PyValue {
  if (!(p.branch_index instanceof Tensor)) throw typeError(`'branch_index' must be a Tensor, got ${repr(typeOf(p.branch_index))}`);
  let fns: PyValue[];
  if (p.branch_fns instanceof PyDict || (p.branch_fns instanceof PyList && p.branch_fns.items.some((x) => x instanceof PyTuple))) {
    const pairs = p.branch_fns instanceof PyDict ? [...p.branch_fns.storage.entries()] : (p.branch_fns as PyList).items.map((x) => (x as PyTuple).items as [PyValue, PyValue]);
    const keys = pairs.map(([key]) => asIndex(key)).sort((x, y) => x - y);
    if (keys.some((key, i) => key !== i)) {
      throw valueError(`branch indices (keys) must form contiguous range of [0 to ${keys.length}) but found {${keys.join(',')}}`);
    }
    fns = pairs.sort((x, y) => asIndex(x[0]) - asIndex(y[0])).map(([, fn]) => fn);
  } else fns = flatten(p.branch_fns);
  const index = intArg(p.branch_index);
  const chosen = index >= 0 && index < fns.length ? fns[index] : p.default ?? fns[fns.length - 1];
  return call(chosen, [], null);
}

export function installControlFlow(tf: PyModule): void {
  const foldl = P.fold('foldl');
  const foldr = P.fold('foldr');
  const fns: Record<string, Fn> = {
    cond: (a, k) => {
      const p = P.cond(a, k);
      return call(isTruthy(p.pred) ? p.true_fn : p.false_fn, [], null);
    },
    while_loop: (a, k) => whileLoop(P.whileLoop(a, k)),
    map_fn: (a, k) => {
      const p = P.mapFn(a, k);
      return mapFn(p.fn, p.elems, p.fn_output_signature !== null ? p.fn_output_signature : p.dtype);
    },
    vectorized_map: (a, k) => {
      const p = P.vmap(a, k);
      return mapFn(p.fn, p.elems, null);
    },
    scan: (a, k) => {
      const p = P.scan(a, k);
      return scan(p.fn, p.elems, p.initializer, isTruthy(p.reverse));
    },
    foldl: (a, k) => {
      const p = foldl(a, k);
      return fold(p.fn, p.elems, p.initializer, false);
    },
    foldr: (a, k) => {
      const p = foldr(a, k);
      return fold(p.fn, p.elems, p.initializer, true);
    },
    py_function: (a, k) => {
      const p = P.pyFunction(a, k);
      const inputs = p.inp === null ? [] : flatten(p.inp).map((x) => toTensor(x));
      return toTout(call(p.func, inputs, null), p.Tout);
    },
    numpy_function: (a, k) => {
      const p = P.numpyFunction(a, k);
      const inputs = flatten(p.inp).map((x) => tensorToNumpy(toTensor(x)) as PyValue);
      return toTout(call(p.func, inputs, null), p.Tout);
    },
    switch_case: (a, k) => switchCase(P.switchCase(a, k)),
    ...caseFns,
    // Recomputing the forward pass during backprop saves memory in TF; the values and gradients are
    // those of f itself, which is what tfts computes (it keeps f's activations).
    recompute_grad: (a) => {
      const f = a[0];
      return builtinFunction('inner', (args, kwargs) => call(f, args, kwargs));
    },
    is_tensor: (a) => isTensorValue(a[0]),
    executing_eagerly: () => !insideTfFunction(),
    name_scope: (a, k) => new Scope(String(P.nameScope(a, k).name)),
    control_dependencies: () => new Scope(null),
    init_scope: () => new Scope(null),
    no_op: () => null,
    group: () => null,
    tuple: (a) => new PyList(flatten(a[0]).map((x) => identity(toTensor(x)))),
    identity_n: (a, k) => new PyList(flatten(P.identityN(a, k).input).map((x) => identity(toTensor(x)))),
  };
  addFunctions(tf, fns);
}
