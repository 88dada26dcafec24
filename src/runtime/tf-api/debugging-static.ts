// tf.debugging's checks on what is known without looking at values: rank, dtype, scalar-ness and
// tf.debugging.assert_shapes' symbolic dimensions. In eager mode TF raises Python ValueError /
// TypeError here (check_ops' "static" branch), with the texts reproduced below.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyDict, PyFloat, Ellipsis } from '../../interpreter/objects/values.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { str } from '../../interpreter/ops/text.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { dtypeRepr, dtypeStr, shapeStr } from '../printing/index.js';
import { dtypeArg, intArg, intList } from './shape-args.js';
import type { Fn } from './shape-args.js';
import { messagePrefix, shapeAndDtype } from './debugging-summary.js';
import { DType, dtypes } from '../dtypes.js';
import { NdArray } from '../numpy-lite.js';
import { typeOf } from '../../interpreter/ops/typeof.js';

type RankTest = { text: (ranks: number[]) => string; ok: (rank: number, ranks: number[]) => boolean };

const RANK_TESTS: Record<string, RankTest> = {
  assert_rank: { text: (r) => `rank ${r[0]}`, ok: (rank, r) => rank === r[0] },
  assert_rank_at_least: { text: (r) => `rank at least ${r[0]}`, ok: (rank, r) => rank >= r[0] },
  assert_rank_in: { text: (r) => `rank in ${r.length === 1 ? `(${r[0]},)` : `(${r.join(', ')})`}`, ok: (rank, r) => r.includes(rank) },
};

/** The eager rank checks; the tensor has no name in eager mode, hence TF's double space. */
function checkRank(kind: string, x: Tensor, ranks: number[], message: PyValue): null {
  const test = RANK_TESTS[kind];
  if (test.ok(x.rank, ranks)) return null;
  throw valueError(`${messagePrefix(message)}Tensor  must have ${test.text(ranks)}.  Received rank ${x.rank}, shape ${shapeStr(x.shape)}`);
}

function rankFn(kind: string, arg: string): Fn {
  const P = pyParams(kind, ['x', arg, 'message', 'name'], { message: null, name: null });
  return (a, k) => {
    const p = P(a, k);
    const ranks = arg === 'ranks' ? intList(p.ranks) : [intArg(p.rank)];
    return checkRank(kind, toTensor(p.x), ranks, p.message);
  };
}

/** int(symbol) succeeds: the dimension is given as a number. */
function knownSize(sym: PyValue): number | null {
  if (typeof sym === 'number' || typeof sym === 'boolean') return Number(sym);
  if (typeof sym === 'bigint') return Number(sym);
  if (sym instanceof PyFloat && Number.isFinite(sym.v)) return Math.trunc(sym.v);
  if (typeof sym === 'string' && /^\s*[+-]?\d+\s*$/.test(sym)) return parseInt(sym, 10);
  return null;
}

interface Constraint { x: Tensor; unspecifiedDim: boolean; actual: number[]; symbols: PyValue[] }

function constraintOf(x: Tensor, spec: PyValue, prefix: string): Constraint {
  let symbols: PyValue[];
  try {
    symbols = iterToArray(spec);
  } catch {
    throw valueError(`${prefix}Tensor ${shapeAndDtype(x)}.  Specified shape must be an iterable.  An iterable has the attribute \`__iter__\` or \`__getitem__\`.  Received specified shape: ${str(spec)}`);
  }
  let unspecifiedDim = false;
  symbols.forEach((s, i) => {
    if (s !== Ellipsis && s !== '*') return;
    if (i !== 0) {
      throw valueError(`${prefix}Tensor ${shapeAndDtype(x)} specified shape index ${i}.  Symbol \`...\` or \`*\` for a variable number of unspecified dimensions is only allowed as the first entry`);
    }
    unspecifiedDim = true;
  });
  if (unspecifiedDim) symbols = symbols.slice(1);
  if (symbols.length === 0) symbols = [1];
  return { x, unspecifiedDim, actual: x.rank === 0 ? [1] : x.shape.slice(), symbols };
}

const shapesParams = pyParams('assert_shapes', ['shapes', 'data', 'summarize', 'message', 'name'], { data: null, summarize: null, message: null, name: null });

/** tf.debugging.assert_shapes: every rank first, then each dimension against its first binding. */
const assertShapes: Fn = (a, k) => {
  const p = shapesParams(a, k);
  const prefix = messagePrefix(p.message);
  const pairs = p.shapes instanceof PyDict ? iterToArray(p.shapes).map((key) => [key, null]) : iterToArray(p.shapes).map((pair) => iterToArray(pair));
  const constraints = pairs.filter(([, s]) => s !== null).map(([x, s]) => constraintOf(toTensor(x), s, prefix));
  for (const c of constraints) {
    const rank = c.symbols.length;
    const zeroOrOne = rank === 0 || rank === 1;
    if (c.unspecifiedDim) {
      if (!zeroOrOne) checkRank('assert_rank_at_least', c.x, [rank], p.message);
    } else if (zeroOrOne) checkRank('assert_rank_in', c.x, [0, 1], p.message);
    else checkRank('assert_rank', c.x, [rank], p.message);
  }
  const bound = new Map<string, { size: number; by: Tensor; dim: number }>();
  for (const c of constraints) {
    c.symbols.forEach((sym, i) => {
      if (sym === null || sym === '.') return;
      const dim = c.unspecifiedDim ? i - c.symbols.length : i;
      const actual = c.actual[dim < 0 ? c.actual.length + dim : dim];
      const known = knownSize(sym);
      const key = typeof sym === 'string' ? `s:${sym}` : `v:${str(sym)}`;
      const prior = bound.get(key);
      if (known === null && prior === undefined) {
        bound.set(key, { size: actual, by: c.x, dim });
        return;
      }
      const [size, how] = known !== null ? [known, 'Specified explicitly'] : [prior!.size, `Specified by tensor ${shapeAndDtype(prior!.by)} dimension ${prior!.dim}`];
      if (actual !== size) {
        throw valueError(`${prefix}${how}.  Tensor ${shapeAndDtype(c.x)} dimension ${dim} must have size ${size}.  Received size ${actual}, shape ${shapeStr(c.x.shape)}`);
      }
    });
  }
  return null;
};

const typeParams = pyParams('assert_type', ['tensor', 'tf_type', 'message', 'name'], { message: null, name: null });
const integerParams = pyParams('assert_integer', ['x', 'message', 'name'], { message: null, name: null });
const scalarParams = pyParams('assert_scalar', ['tensor', 'message', 'name'], { message: null, name: null });
const numericParams = pyParams('is_numeric_tensor', ['tensor'], {});

const sameFloatParams = pyParams('assert_same_float_dtype', ['tensors', 'dtype'], { tensors: null, dtype: null });
const iterableParams = pyParams('assert_proper_iterable', ['values'], {});

/** assert_same_float_dtype: every tensor shares one dtype (the given one, else the first's), a float. */
const assertSameFloatDtype: Fn = (a, k) => {
  const p = sameFloatParams(a, k);
  let expected: DType | null = p.dtype === null ? null : dtypeArg(p.dtype, dtypes.float32);
  let first: Tensor | null = null;
  for (const v of p.tensors === null ? [] : iterToArray(p.tensors)) {
    const t = toTensor(v);
    if (expected === null) {
      expected = t.dtype;
      first = t;
    } else if (t.dtype !== expected) {
      const as = first === null ? '' : ` as ${str(first)}`;
      throw valueError(`${str(t)}, type=${dtypeStr(t.dtype.name)}, must be of the same type (${dtypeStr(expected.name)})${as}.`);
    }
  }
  if (expected === null) return dtypes.float32;
  if (!expected.isFloating) throw valueError(`Expected floating point type, got ${dtypeStr(expected.name)}.`);
  return expected;
};

/** assert_proper_iterable: iterable, but not a tensor, ndarray, str or bytes. */
const assertProperIterable: Fn = (a, k) => {
  const v = iterableParams(a, k).values;
  if (v instanceof Tensor || v instanceof NdArray || typeof v === 'string' || v instanceof PyBytes) {
    throw typeError(`Expected argument "values" to be a "proper" iterable.  Found: ${str(typeOf(v))}`);
  }
  if (typeOf(v).lookup('__iter__') === undefined) throw typeError(`Expected argument "values" to be iterable.  Found: ${str(typeOf(v))}`);
  return null;
};

let logDevicePlacement: PyValue = false;
let tracebackFiltering: PyValue = true;

export const staticAssertFns: Record<string, Fn> = {
  assert_rank: rankFn('assert_rank', 'rank'),
  assert_rank_at_least: rankFn('assert_rank_at_least', 'rank'),
  assert_rank_in: rankFn('assert_rank_in', 'ranks'),
  assert_shapes: assertShapes,
  assert_same_float_dtype: assertSameFloatDtype,
  assert_proper_iterable: assertProperIterable,
  assert_type: (a, k) => {
    const p = typeParams(a, k);
    const t = toTensor(p.tensor);
    const want = dtypeArg(p.tf_type, dtypes.float32);
    if (t.dtype !== want) throw typeError(`${messagePrefix(p.message)}tensor must be of type ${dtypeRepr(want.name)}; got ${dtypeRepr(t.dtype.name)}`);
    return null;
  },
  assert_integer: (a, k) => {
    const p = integerParams(a, k);
    const t = toTensor(p.x);
    if (!t.dtype.isInteger) throw typeError(`${messagePrefix(p.message)}Expected "x" to be integer type.  Found: tensor of dtype ${dtypeStr(t.dtype.name)}`);
    return null;
  },
  assert_scalar: (a, k) => {
    const p = scalarParams(a, k);
    const t = toTensor(p.tensor);
    if (t.rank !== 0) throw valueError(`${messagePrefix(p.message)}Expected scalar shape, saw shape: ${shapeStr(t.shape)}.`);
    return null;
  },
  is_numeric_tensor: (a, k) => {
    const t = numericParams(a, k).tensor;
    return t instanceof Tensor && (t.dtype.isFloating || t.dtype.isInteger);
  },
  get_log_device_placement: () => logDevicePlacement,
  set_log_device_placement: (a) => {
    logDevicePlacement = a.length ? a[0] : false;
    return null;
  },
  // Numerics checking instruments every op in TF; tfts accepts the switch (results are unchanged).
  enable_check_numerics: () => null,
  disable_check_numerics: () => null,
  is_traceback_filtering_enabled: () => tracebackFiltering,
  enable_traceback_filtering: () => {
    tracebackFiltering = true;
    return null;
  },
  disable_traceback_filtering: () => {
    tracebackFiltering = false;
    return null;
  },
};
