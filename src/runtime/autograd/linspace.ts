// tf.linspace(start, stop, num) for scalar endpoints, with TF's arithmetic (linspace_nd):
// delta = (stop - start) / (num - 1); values start, start + delta*i, ..., stop — each step rounded
// in the result dtype, so float32 output matches TF digit for digit. Integer endpoints give
// float64, as TF's true division does.
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { dtypes } from '../dtypes.js';
import { currentDevice } from '../device.js';

const params = pyParams('linspace', ['start', 'stop', 'num', 'name', 'axis'], { name: null, axis: 0 });

function scalarOf(t: Tensor): number {
  if (t.size !== 1 || t.rank !== 0) throw valueError('tfts: tf.linspace supports scalar start and stop only');
  return Number(t.values()[0]);
}

export function linspace(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = params(args, kwargs);
  const start = toTensor(p.start);
  const stop = toTensor(p.stop, null, start.dtype);
  const num = p.num instanceof Tensor ? Number(p.num.values()[0]) : asIndex(p.num);
  const dtype = start.dtype.isFloating ? start.dtype : dtypes.float64;
  const round = dtype === dtypes.float32 ? Math.fround : (x: number) => x;
  const a = scalarOf(start);
  const b = scalarOf(stop);
  const delta = round(round(b - a) / Math.max(num - 1, 1));
  const values: number[] = [];
  for (let i = 0; i < num; i++) values.push(i === 0 ? a : i === num - 1 ? b : round(a + round(delta * i)));
  return tensorFromValues(values, [Math.max(num, 0)], dtype, currentDevice());
}
