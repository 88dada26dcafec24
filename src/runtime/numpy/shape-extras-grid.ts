// np.mgrid and np.ogrid: objects indexed with slices (np.mgrid[0:3, 0:2]) that build dense or
// open coordinate grids. Values are start + i*step, as numpy's nd_grid computes them.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { typeError } from '../../interpreter/objects/exceptions.js';
import { PyFloat, PySlice, PyTuple } from '../../interpreter/objects/values.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { defineMethod } from '../../interpreter/builtins/define.js';
import { np } from './dtype.js';
import { NdArray, NumpyScalar, makeArray, numElements, pyNumber } from './ndarray.js';
import { broadcastTo } from './shape-extras-axes.js';

class GridHelper implements PyObject {
  constructor(readonly sparse: boolean) {}
  get cls(): PyType {
    return this.sparse ? ogridType : gridType;
  }
}
const gridType = new PyType('MGridClass', [objectType], 'numpy.lib._index_tricks_impl');
const ogridType = new PyType('OGridClass', [objectType], 'numpy.lib._index_tricks_impl');

function sliceParts(s: PyValue): { start: number; stop: number; step: number; float: boolean } {
  if (!(s instanceof PySlice)) throw typeError(`unsupported index for a grid: '${typeOf(s).name}'`);
  const isF = (v: PyValue) => v instanceof PyFloat || (v instanceof NumpyScalar && v.dtype.isFloat);
  const num = (v: PyValue, d: number) => (v === null ? d : pyNumber(v));
  return { start: num(s.start, 0), stop: pyNumber(s.stop), step: num(s.step, 1), float: [s.start, s.stop, s.step].some(isF) };
}

function gridItem(self: PyValue, args: PyValue[]): PyValue {
  const sparse = (self as GridHelper).sparse;
  const key = args[0];
  const slices = (key instanceof PyTuple ? key.items : [key]).map(sliceParts);
  const dtype = slices.some((s) => s.float) ? np.float64 : np.int64;
  const sizes = slices.map((s) => Math.max(0, Math.ceil((s.stop - s.start) / s.step)));
  const axis = (k: number) => Array.from({ length: sizes[k] }, (_, i) => i * slices[k].step + slices[k].start);
  if (!(key instanceof PyTuple)) return makeArray(dtype, [sizes[0]], axis(0));
  const parts = slices.map((_, k) => makeArray(dtype, sizes.map((n, i) => (i === k ? n : 1)), axis(k)));
  if (sparse) return new PyTuple(parts);
  const size = numElements(sizes);
  const out = new dtype.Storage(slices.length * size);
  parts.forEach((p, i) => out.set(broadcastTo(p, sizes).data, i * size));
  return new NdArray(dtype, [slices.length, ...sizes], out);
}
defineMethod(gridType, '__getitem__', gridItem);
defineMethod(ogridType, '__getitem__', gridItem);

export const gridObjects = { mgrid: new GridHelper(false), ogrid: new GridHelper(true) };
