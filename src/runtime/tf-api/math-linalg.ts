// Python bindings of tf.linalg and the matrix functions at top level: tensordot, einsum, inv, det,
// eigh/eigvalsh, matrix_transpose, trace, eye.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { dtypes } from '../dtypes.js';
import type { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { runOp } from '../ops/registry.js';
import * as api from '../ops/api.js';
import * as L from '../ops/math-linalg.js';
import { einsum, tensordot } from '../ops/math-contract.js';
import { reduce } from '../ops/math-composite.js';
import { range } from '../ops/math-api.js';
import { dtypeOrNull, matchingTensors } from './math-args.js';
import { Entry, Fn } from './math-table.js';
import { checkNonNegativeDims } from '../ops/shape-errors.js';

const tensordotParams = pyParams('tensordot', ['a', 'b', 'axes', 'name'], { name: null });
const tensordotFn: Fn = (args, kwargs) => {
  const p = tensordotParams(args, kwargs);
  const [a, b] = matchingTensors([p.a, p.b]);
  if (typeof p.axes === 'number' || typeof p.axes === 'bigint') {
    const n = asIndex(p.axes);
    if (n < 0) throw typeError("'axes' must be at least 0.");
    return tensordot(a, b, Array.from({ length: n }, (_, i) => a.rank - n + i), Array.from({ length: n }, (_, i) => i));
  }
  const pair = iterToArray(p.axes);
  const side = (v: PyValue) => (v instanceof PyList || v instanceof PyTuple ? v.items.map(asIndex) : [asIndex(v)]);
  return tensordot(a, b, side(pair[0]), side(pair[1]));
};

const einsumFn: Fn = (args) => {
  if (!args.length || typeof args[0] !== 'string') throw typeError('einsum() missing 1 required positional argument: \'equation\'');
  const ops = args.slice(1);
  return einsum(args[0], ops.length ? matchingTensors(ops) : []);
};

const invParams = pyParams('inv', ['input', 'adjoint', 'name'], { adjoint: false, name: null });
const inv: Fn = (args, kwargs) => {
  const p = invParams(args, kwargs);
  const x = toTensor(p.input);
  return runOp(L.MatrixInverse, [isTruthy(p.adjoint) ? L.matrixTranspose(x) : x], null);
};

const eighParams = pyParams('eigh', ['tensor', 'name'], { name: null });
const eigh: Fn = (args, kwargs) => {
  const x = toTensor(eighParams(args, kwargs).tensor);
  // The vectors op first: its errors are those of TF's eigh (compute_v=true).
  const vectors = runOp(L.SelfAdjointEigVectors, [x], null);
  return new PyTuple([runOp(L.SelfAdjointEigValues, [x], null), vectors]);
};

const single = (name: string, f: (x: Tensor) => Tensor): Fn => {
  const params = pyParams(name, ['input', 'name'], { name: null });
  return (args, kwargs) => f(toTensor(params(args, kwargs).input));
};

/** trace = sum of the diagonal, taken with a mask so the gradient flows through public ops. */
function trace(x: Tensor): Tensor {
  const eye = identity(x.shape[x.rank - 2], x.shape[x.rank - 1], x.dtype.name === 'bool' ? dtypes.int32 : x.dtype);
  return reduce('Sum', api.mul(x, eye), [x.rank - 2, x.rank - 1], false);
}

function identity(rows: number, cols: number, dtype = dtypes.float32): Tensor {
  const r = api.reshape(range(0, rows, 1, dtypes.int32), [rows, 1]);
  const c = api.reshape(range(0, cols, 1, dtypes.int32), [1, cols]);
  return api.cast(api.equal(r, c), dtype);
}

const eyeParams = pyParams('eye', ['num_rows', 'num_columns', 'batch_shape', 'dtype', 'name'], { num_columns: null, batch_shape: null, dtype: dtypes.float32, name: null });
const eye: Fn = (args, kwargs) => {
  const p = eyeParams(args, kwargs);
  const rows = asIndex(p.num_rows);
  const cols = p.num_columns === null ? rows : asIndex(p.num_columns);
  // TF fills the diagonal's ones first: a negative size is Fill's error.
  checkNonNegativeDims('Fill', [Math.min(rows, cols)]);
  const m = identity(rows, cols, dtypeOrNull(p.dtype)!);
  if (p.batch_shape === null) return m;
  const batch = iterToArray(p.batch_shape).map(asIndex);
  return api.broadcastTo(m, [...batch, rows, cols]);
};

export const linalgEntries: Entry[] = [
  { name: 'tensordot', fn: tensordotFn, where: ['tf', 'linalg'] },
  { name: 'einsum', fn: einsumFn, where: ['tf', 'linalg'] },
  { name: 'inv', fn: inv, where: ['linalg'] },
  { name: 'det', fn: single('det', (x) => runOp(L.MatrixDeterminant, [x], null)), where: ['linalg'] },
  { name: 'eigh', fn: eigh, where: ['linalg'] },
  { name: 'eigvalsh', fn: single('eigvalsh', (x) => runOp(L.SelfAdjointEigValues, [x], null)), where: ['linalg'] },
  { name: 'matrix_transpose', fn: single('matrix_transpose', L.matrixTranspose), where: ['linalg'] },
  { name: 'trace', fn: single('trace', trace), where: ['linalg'] },
  { name: 'eye', fn: eye, where: ['tf', 'linalg'] },
];
