// `v[...]` on a tf.Variable and `v[...].assign(value)`: as TF's _SliceHelperVar, the slice is an
// EagerTensor read from the variable whose instance dict holds `assign`; that writes the value
// into the sliced region (ResourceStridedSliceAssign: the value broadcasts to the slice's shape)
// and returns the variable as an UnreadVariable. A boolean mask gives a plain boolean_mask result,
// with no `assign`, as in TF.
import type { PyModule } from '../interpreter/objects/function.js';
import type { PyValue } from '../interpreter/objects/core.js';
import { builtinFunction, defineMethod, pyParams } from '../interpreter/builtins/define.js';
import { call } from '../interpreter/ops/call.js';
import { Tensor, tensorFromValues } from './tensor.js';
import { toTensor } from './convert.js';
import { dtypes } from './dtypes.js';
import { UnreadVariable, Variable, variableType } from './variable.js';
import { getItem, isBoolMask, sliceSpecFromKey } from './tensor-indexing.js';
import { SparseSpec, stridedSlice } from './ops/shape-slice.js';
import { kernelError } from './ops/shape-errors.js';
import * as api from './ops/api.js';

const assignParams = pyParams('assign', ['val', 'name'], { name: null });

/** numpy's rule, as the kernel's BCast applies it: `from` fits into `to` dim by dim from the right. */
function broadcastsInto(from: readonly number[], to: readonly number[]): boolean {
  if (from.length > to.length) return false;
  return from.every((d, i) => d === 1 || d === to[to.length - from.length + i]);
}

export function installVariableSliceAssign(tf: PyModule): void {
  const scatterUpdate = (x: Tensor, at: Tensor, updates: Tensor) =>
    call(tf.dict.get('tensor_scatter_nd_update')!, [x, at, updates], null) as Tensor;

  function assignSlice(v: Variable, spec: SparseSpec, value: PyValue): PyValue {
    const current = v.value;
    const t = toTensor(value, current.dtype);
    // Which elements the slice covers: the same strided slice of their flat positions.
    const positions = tensorFromValues(Array.from({ length: current.size }, (_, i) => i), current.shape, dtypes.int32, current.device);
    const covered = stridedSlice(positions, spec, null);
    if (!broadcastsInto(t.shape, covered.shape)) {
      throw kernelError('ResourceStridedSliceAssign', `Cannot broadcast input shape [${t.shape.join(',')}] into final shape [${covered.shape.join(',')}]`, 'strided_slice/_assign');
    }
    const updates = api.reshape(api.broadcastTo(t, covered.shape), [covered.size]);
    const flat = scatterUpdate(api.reshape(current, [current.size]), api.reshape(covered, [covered.size, 1]), updates);
    v.assign(api.reshape(flat, current.shape));
    return new UnreadVariable(v);
  }

  defineMethod(variableType, '__getitem__', (self, args) => {
    const v = self as Variable;
    const value = toTensor(v);
    const key = args[0];
    if (isBoolMask(key)) return getItem(value, key);
    const spec = sliceSpecFromKey(key);
    const slice = stridedSlice(value, spec);
    slice.attrDict = new Map([['assign', builtinFunction('assign', (a, kw) => assignSlice(v, spec, assignParams(a, kw).val))]]);
    return slice;
  });
}
