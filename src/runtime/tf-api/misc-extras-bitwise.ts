// tf.bitwise: and/or/xor/invert and the shifts on the eight integer dtypes, computed on the host in
// BigInt and wrapped to the dtype's width. Shift amounts are clamped to [0, bits - 1] as TF's
// LeftShift/RightShift kernels do (right shifts of signed values are arithmetic). Not
// differentiable in TF either, so no op or gradient is registered.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { call } from '../../interpreter/ops/call.js';
import { DType, dtypes } from '../dtypes.js';
import { eagerTensorType, Tensor, tensorFromValues } from '../tensor.js';
import { variableType } from '../variable.js';
import { toTensor } from '../convert.js';
import { currentDevice } from '../device.js';
import { invalidArgument } from '../errors.js';
import { broadcastShapes } from '../ops/broadcast.js';
import { checkSameDtype } from '../ops/elementwise.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { addFunctions, matchingTensors } from './shape-args.js';

const INT_TYPES = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];
const BITS: Record<string, number> = { int8: 8, int16: 16, int32: 32, int64: 64, uint8: 8, uint16: 16, uint32: 32, uint64: 64 };

function signature(op: string, unary: boolean): string {
  const allowed = INT_TYPES.map((t) => `DT_${t.toUpperCase()}`).join(', ');
  const io = unary ? 'x:T -> y:T' : 'x:T, y:T -> z:T';
  const commutative = ['BitwiseAnd', 'BitwiseOr', 'BitwiseXor'].includes(op) ? '; is_commutative=true' : '';
  return `Op<name=${op}; signature=${io}; attr=T:type,allowed=[${allowed}]${commutative}>`;
}

function checkIntDtype(op: string, dtype: DType, unary: boolean): void {
  if (INT_TYPES.includes(dtype.name)) return;
  throw invalidArgument(
    `Value for attr 'T' of ${cppDtypeName(dtype)} is not in the list of allowed values: ${INT_TYPES.join(', ')}\n\t; NodeDef: {{node ${op}}}; ${signature(op, unary)}`,
    op,
  );
}

/** The elements of `t` as BigInts, read at the positions of a broadcast to `shape`. */
function broadcastValues(t: Tensor, shape: readonly number[]): bigint[] {
  const src = Array.from(t.values() as ArrayLike<number | bigint>, (v) => BigInt(v));
  const n = shape.reduce((a, b) => a * b, 1);
  const offset = shape.length - t.rank;
  const strides = new Array<number>(t.rank);
  let s = 1;
  for (let i = t.rank - 1; i >= 0; i--) {
    strides[i] = t.shape[i] === 1 ? 0 : s;
    s *= t.shape[i];
  }
  const out = new Array<bigint>(n);
  for (let flat = 0; flat < n; flat++) {
    let rest = flat;
    let at = 0;
    for (let d = shape.length - 1; d >= 0; d--) {
      const idx = rest % shape[d];
      rest = Math.floor(rest / shape[d]);
      if (d >= offset) at += idx * strides[d - offset];
    }
    out[flat] = src[at];
  }
  return out;
}

function wrap(dtype: DType, v: bigint): bigint {
  const bits = BITS[dtype.name];
  return dtype.name.startsWith('u') ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v);
}

function result(values: bigint[], shape: number[], dtype: DType): Tensor {
  const host = dtype.is64Bit ? values : values.map(Number);
  return tensorFromValues(host as bigint[] & number[], shape, dtype, currentDevice());
}

type BinaryRule = (a: bigint, b: bigint, bits: number) => bigint;

function binary(op: string, pyName: string, rule: BinaryRule) {
  const params = pyParams(pyName, ['x', 'y', 'name'], { name: null });
  return (args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue => {
    const p = params(args, kwargs);
    const [x, y] = matchingTensors([p.x, p.y]);
    checkSameDtype(op, [x, y]);
    checkIntDtype(op, x.dtype, false);
    const shape = broadcastShapes(x.shape, y.shape, op);
    const xs = broadcastValues(x, shape);
    const ys = broadcastValues(y, shape);
    const bits = BITS[x.dtype.name];
    return result(xs.map((a, i) => wrap(x.dtype, rule(a, ys[i], bits))), shape, x.dtype);
  };
}

const clampShift = (b: bigint, bits: number): bigint => (b < 0n ? 0n : b > BigInt(bits - 1) ? BigInt(bits - 1) : b);
const invertParams = pyParams('invert', ['x', 'name'], { name: null });

export function installBitwiseExtras(tf: PyModule): void {
  const bitwise = new PyModule('tensorflow._api.v2.bitwise');
  addFunctions(bitwise, {
    bitwise_and: binary('BitwiseAnd', 'bitwise_and', (a, b) => a & b),
    bitwise_or: binary('BitwiseOr', 'bitwise_or', (a, b) => a | b),
    bitwise_xor: binary('BitwiseXor', 'bitwise_xor', (a, b) => a ^ b),
    // The value is already in range, so >> on the BigInt is the arithmetic (signed) or logical
    // (unsigned) shift of the dtype.
    left_shift: binary('LeftShift', 'left_shift', (a, b, bits) => a << clampShift(b, bits)),
    right_shift: binary('RightShift', 'right_shift', (a, b, bits) => a >> clampShift(b, bits)),
    invert: (args, kwargs) => invert(matchingTensors([invertParams(args, kwargs).x])[0]),
  });
  tf.dict.set('bitwise', bitwise);
  // `~t` (TF's Tensor.__invert__): logical_not for bool, else Invert (integers only).
  const invertOperator = (self: PyValue): PyValue => {
    const x = toTensor(self);
    return x.dtype === dtypes.bool ? call(tf.dict.get('logical_not')!, [x], null) : invert(x);
  };
  defineMethod(eagerTensorType, '__invert__', invertOperator);
  defineMethod(variableType, '__invert__', invertOperator);
  // `t & u`, `t | u`, `t ^ u` (and reflected): the logical op for bool tensors, else the bitwise one.
  const operators: [string, string, string][] = [['and', 'logical_and', 'bitwise_and'], ['or', 'logical_or', 'bitwise_or'], ['xor', 'logical_xor', 'bitwise_xor']];
  for (const [name, logical, bitwiseName] of operators) {
    const apply = (x: Tensor, y: PyValue, swap: boolean): PyValue => {
      const fn = x.dtype === dtypes.bool ? (tf.dict.get('math') as PyModule).dict.get(logical)! : bitwise.dict.get(bitwiseName)!;
      return call(fn, swap ? [y, x] : [x, y], null);
    };
    for (const type of [eagerTensorType, variableType]) {
      defineMethod(type, `__${name}__`, (self, args) => apply(toTensor(self), args[0], false));
      defineMethod(type, `__r${name}__`, (self, args) => apply(toTensor(self), args[0], true));
    }
  }
}

function invert(x: Tensor): Tensor {
  checkIntDtype('Invert', x.dtype, true);
  return result(broadcastValues(x, x.shape).map((v) => wrap(x.dtype, ~v)), x.shape.slice(), x.dtype);
}
