// tf.bitcast: the same bytes read as another type. A narrower output type adds a last dimension
// (input size / output size); a wider one consumes a last dimension of exactly (output / input).
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { getNative } from '../native/binding.js';
import { placeNewTensor } from '../backend/placement.js';
import { backendOfStorage } from '../backend/devices.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { dtypeArg, Fn } from './shape-args.js';
import { TF_DATA_TYPES } from './tensor-proto.js';
import { dtypeByteSize } from '../native/dtype-codes.js';

const P = pyParams('bitcast', ['input', 'type', 'name'], { name: null });

/** The dtypes Bitcast takes: every numeric one (not bool or string). */
const BITCASTABLE = new Set(['float32', 'float64', 'int32', 'uint8', 'int16', 'int8', 'int64', 'bfloat16', 'uint16', 'float16', 'uint32', 'uint64']);

const ALLOWED = 'bfloat16, half, float, double, int64, int32, uint8, uint16, uint32, uint64, int8, int16, complex64, complex128, qint8, quint8, qint16, quint16, qint32';
const ALLOWED_ENUMS =
  '[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT64, DT_INT32, DT_UINT8, DT_UINT16, DT_UINT32, DT_UINT64, DT_INT8, DT_INT16, DT_COMPLEX64, DT_COMPLEX128, DT_QINT8, DT_QUINT8, DT_QINT16, DT_QUINT16, DT_QINT32]';

function checkType(attr: 'T' | 'type', t: DType): void {
  if (BITCASTABLE.has(t.name)) return;
  throw opError(
    'Bitcast',
    `Value for attr '${attr}' of ${t.name} is not in the list of allowed values: ${ALLOWED}\n` +
      `\t; NodeDef: {{node Bitcast}}; Op<name=Bitcast; signature=input:T -> output:type; attr=T:type,allowed=${ALLOWED_ENUMS}; attr=type:type,allowed=${ALLOWED_ENUMS}>`,
  );
}

function bitcast(p: Record<string, PyValue>): Tensor {
  const x = toTensor(p.input);
  const type = dtypeArg(p.type, dtypes.float32);
  checkType('T', x.dtype);
  checkType('type', type);
  // Sizes in bytes and, for the kernel's error, TF's DataType enum values.
  const from = { size: dtypeByteSize(x.dtype.code), tfEnum: TF_DATA_TYPES[x.dtype.name].tfEnum };
  const to = { size: dtypeByteSize(type.code), tfEnum: TF_DATA_TYPES[type.name].tfEnum };
  let shape = x.shape.slice();
  if (from.size > to.size) shape.push(from.size / to.size);
  else if (from.size < to.size) {
    if (x.rank === 0 || x.shape[x.rank - 1] !== to.size / from.size) throw kernelError('Bitcast', `Cannot bitcast from ${from.tfEnum} to ${to.tfEnum}`);
    shape = shape.slice(0, -1);
  }
  const N = getNative();
  const bytes = new Uint8Array(backendOfStorage(x.storage).toBytes(x.storage)).slice(0, x.size * from.size);
  const count = (x.size * from.size) / to.size;
  const placed = placeNewTensor(N.fromBytes(bytes), type, count, x.device);
  return new Tensor(placed.storage, shape, type, placed.device);
}

export const bitcastFns: Record<string, Fn> = {
  bitcast: (a, k) => bitcast(P(a, k)),
};
