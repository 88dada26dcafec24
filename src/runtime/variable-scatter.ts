// The sparse updates and reads of tf.Variable: scatter_add/sub/update/max/min/mul/div (an
// IndexedSlices delta: rows `values[i]` at rows `indices[i]`), scatter_nd_add/sub/update,
// sparse_read and gather_nd. As TF's resource kernels, repeated rows are updated one after
// another ((v + u1) + u2), and the updates return the variable as an UnreadVariable.
// The arithmetic goes through the tf functions of the same meaning (tensor_scatter_nd_*,
// gather, gather_nd), looked up in the tf module so each stays defined in one place.
import type { PyValue } from '../interpreter/objects/core.js';
import type { PyModule } from '../interpreter/objects/function.js';
import { defineMethod, pyParams } from '../interpreter/builtins/define.js';
import { typeError } from '../interpreter/objects/exceptions.js';
import { PyList } from '../interpreter/objects/values.js';
import { formatValue } from '../interpreter/ops/format.js';
import { call } from '../interpreter/ops/call.js';
import { Tensor, tensorFromValues } from './tensor.js';
import { toTensor } from './convert.js';
import { UnreadVariable, Variable, variableType } from './variable.js';
import { IndexedSlices } from './autograd/indexed-slices.js';
import { kernelError } from './ops/shape-errors.js';
import * as api from './ops/api.js';

type RowUpdate = 'add' | 'sub' | 'update' | 'max' | 'min' | 'mul' | 'div';
const KERNEL: Record<RowUpdate, string> = {
  add: 'ResourceScatterAdd', sub: 'ResourceScatterSub', update: 'ResourceScatterUpdate', max: 'ResourceScatterMax',
  min: 'ResourceScatterMin', mul: 'ResourceScatterMul', div: 'ResourceScatterDiv',
};

export function installVariableScatter(tf: PyModule): void {
  const tfCall = (name: string, args: PyValue[]) => call(tf.dict.get(name)!, args, null) as Tensor;

  /** Rows `indices` (flattened) of the variable, checked with the resource kernel's message. */
  function rowIndices(v: Variable, indices: Tensor, op: string): Tensor {
    const rows = v.value.shape[0] ?? 0;
    const flat = Array.from(indices.values() as ArrayLike<number | bigint>, Number);
    flat.forEach((row, i) => {
      if (row < 0 || row >= rows) throw kernelError(op, `indices[${i}] = ${row} is not in [0, ${rows})`, '');
    });
    return api.reshape(indices, [flat.length, 1]);
  }

  function scatterRows(self: PyValue, delta: PyValue, kind: RowUpdate): PyValue {
    const v = self as Variable;
    if (!(delta instanceof IndexedSlices)) {
      throw typeError(`Argument \`sparse_delta\` must be a \`tf.IndexedSlices\`. Received arg: ${formatValue(delta, '')}`);
    }
    const op = KERNEL[kind];
    const value = v.value;
    const at = rowIndices(v, delta.indices, op);
    const updates = rowUpdates(api.cast(delta.values, value.dtype), at.shape[0], value.shape, delta.indices, op);
    let next: Tensor;
    if (kind === 'add' || kind === 'sub') next = tfCall('tensor_scatter_nd_add', [value, at, kind === 'sub' ? api.neg(updates) : updates]);
    else if (kind === 'update') next = tfCall('tensor_scatter_nd_update', [value, at, updates]);
    else if (kind === 'max' || kind === 'min') next = tfCall(`tensor_scatter_nd_${kind}`, [value, at, updates]);
    else next = multiplyRows(value, at, updates, kind);
    v.assign(next);
    return new UnreadVariable(v);
  }

  /** The updates as [rows, ...row shape]. TF's kernel only checks that they split evenly into
   *  one piece per index, and reads the start of each piece. */
  function rowUpdates(values: Tensor, n: number, shape: readonly number[], indices: Tensor, op: string): Tensor {
    const rowShape = shape.slice(1);
    const rowSize = rowShape.reduce((a, b) => a * b, 1);
    const per = n === 0 ? 0 : values.size / n;
    if (n > 0 && (!Number.isInteger(per) || per < rowSize)) {
      const dims = (t: Tensor) => `[${t.shape.join(',')}]`;
      throw kernelError(op, `shape of indices (${dims(indices)}) is not compatible with the shape of updates (${dims(values)})`, '');
    }
    const pieces = api.reshape(values, [n, per]);
    const starts = per === rowSize ? pieces : tfCall('slice', [pieces, new PyList([0, 0]), new PyList([n, rowSize])]);
    return api.reshape(starts, [n, ...rowShape]);
  }

  /** scatter_mul/div: each update multiplies (divides) its row in turn, on the host. */
  function multiplyRows(value: Tensor, at: Tensor, updates: Tensor, kind: 'mul' | 'div'): Tensor {
    const out = Array.from(value.values() as ArrayLike<number>, Number);
    const u = Array.from(updates.values() as ArrayLike<number>, Number);
    const rowSize = value.size / Math.max(1, value.shape[0] ?? 1);
    const rows = Array.from(at.values() as ArrayLike<number | bigint>, Number);
    const round = value.dtype.isFloating ? (x: number) => x : Math.trunc;
    rows.forEach((row, i) => {
      for (let j = 0; j < rowSize; j++) {
        const k = row * rowSize + j;
        out[k] = round(kind === 'mul' ? out[k] * u[i * rowSize + j] : out[k] / u[i * rowSize + j]);
      }
    });
    return tensorFromValues(out, value.shape, value.dtype, value.device);
  }

  const deltaParams = pyParams('scatter', ['sparse_delta', 'use_locking', 'name'], { use_locking: false, name: null });
  for (const kind of Object.keys(KERNEL) as RowUpdate[]) {
    defineMethod(variableType, `scatter_${kind}`, (self, args, kwargs) => scatterRows(self, deltaParams(args, kwargs).sparse_delta, kind));
  }

  const ndParams = pyParams('scatter_nd', ['indices', 'updates', 'name'], { name: null });
  for (const [method, fn] of [['scatter_nd_add', 'tensor_scatter_nd_add'], ['scatter_nd_sub', 'tensor_scatter_nd_sub'], ['scatter_nd_update', 'tensor_scatter_nd_update'], ['scatter_nd_max', 'tensor_scatter_nd_max'], ['scatter_nd_min', 'tensor_scatter_nd_min']]) {
    defineMethod(variableType, method, (self, args, kwargs) => {
      const v = self as Variable;
      const p = ndParams(args, kwargs);
      v.assign(tfCall(fn, [v.value, p.indices, toTensor(p.updates, v.value.dtype)]));
      return new UnreadVariable(v);
    });
  }

  const readParams = pyParams('sparse_read', ['indices', 'name'], { name: null });
  // Reads through the variable, so a tape sees them (sparse_read's gradient is IndexedSlices).
  defineMethod(variableType, 'sparse_read', (self, args, kwargs) => tfCall('gather', [self, readParams(args, kwargs).indices]));
  defineMethod(variableType, 'gather_nd', (self, args, kwargs) => tfCall('gather_nd', [self, readParams(args, kwargs).indices]));
}
