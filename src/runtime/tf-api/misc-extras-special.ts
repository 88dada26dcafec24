// tf.math special functions computed on the host with Eigen's scalar algorithms
// (ops/special-*.ts): erfinv, ndtri, erfcinv, bessel_i0/i0e/i1/i1e (also in tf.math.special), zeta,
// polygamma, igamma, igammac, betainc and nextafter. They register no op and no gradient (TF
// differentiates the Bessel functions, igamma and betainc; tfts does not yet). float16 goes through float32, as Eigen's half versions do; dtypes without a TF CPU
// kernel raise TF's NotFoundError, non-float dtypes its allowed-values error.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { DType, dtypes } from '../dtypes.js';
import { invalidArgument, noKernelError } from '../errors.js';
import * as api from '../ops/api.js';
import { broadcastShapes } from '../ops/broadcast.js';
import { checkSameDtype } from '../ops/elementwise.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { runOp } from '../ops/registry.js';
import { Digamma } from '../ops/math-digamma.js';
import { kernelError } from '../ops/shape-errors.js';
import { zeta, polygammaPositive } from '../ops/special-zeta.js';
import { igamma, igammac } from '../ops/special-igamma.js';
import { betainc } from '../ops/special-betainc.js';
import { Tensor } from '../tensor.js';
import { besselI0, besselI0e, besselI1, besselI1e, erfinv, ndtri, Round, roundFloat32, roundFloat64 } from '../ops/special-cephes.js';
import { addFunctions, matchingTensors, submodule } from './shape-args.js';
import { hostNumbers, hostTensor } from './host-values.js';

const FLOATS = 'bfloat16, half, float, double';
const FLOAT_ATTR = '[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE]';

function checkFloat(op: string, dtype: DType): void {
  if (['bfloat16', 'float16', 'float32', 'float64'].includes(dtype.name)) return;
  throw invalidArgument(
    `Value for attr 'T' of ${cppDtypeName(dtype)} is not in the list of allowed values: ${FLOATS}\n\t; NodeDef: {{node ${op}}}; Op<name=${op}; signature=x:T -> y:T; attr=T:type,allowed=${FLOAT_ATTR}>`,
    op,
  );
}

/** TF's registered CPU kernels per op (the dtypes it lacks raise NotFoundError). */
interface UnarySpec {
  op: string;
  pyName: string;
  fn: (r: Round, x: number) => number;
  half: boolean;
  xla: boolean;
}

const UNARY: UnarySpec[] = [
  { op: 'Erfinv', pyName: 'erfinv', fn: erfinv, half: false, xla: true },
  { op: 'Ndtri', pyName: 'ndtri', fn: ndtri, half: false, xla: true },
  // tf.math.erfcinv is TF's composite -ndtri(0.5 * x) * sqrt(0.5), each step rounded to the dtype.
  { op: 'Ndtri', pyName: 'erfcinv', fn: (r, x) => r(-ndtri(r, r(0.5 * x)) * r(Math.SQRT1_2)), half: false, xla: true },
  { op: 'BesselI0', pyName: 'bessel_i0', fn: besselI0, half: true, xla: false },
  { op: 'BesselI0e', pyName: 'bessel_i0e', fn: besselI0e, half: true, xla: true },
  { op: 'BesselI1', pyName: 'bessel_i1', fn: besselI1, half: true, xla: false },
  { op: 'BesselI1e', pyName: 'bessel_i1e', fn: besselI1e, half: true, xla: true },
];

function kernelList(s: UnarySpec): string[] {
  const out = s.xla ? ["device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_BFLOAT16, DT_HALF]"] : [];
  out.push("device='CPU'; T in [DT_DOUBLE]", "device='CPU'; T in [DT_FLOAT]");
  if (s.half) out.push("device='CPU'; T in [DT_HALF]");
  return out;
}

function unary(s: UnarySpec) {
  const params = pyParams(s.pyName, ['x', 'name'], { name: null });
  return (args: PyValue[], kwargs: Kwargs): PyValue => {
    const [x] = matchingTensors([params(args, kwargs).x]);
    checkFloat(s.op, x.dtype);
    const attr = `T=DT_${x.dtype.name === 'float16' ? 'HALF' : x.dtype.name.toUpperCase()}`;
    if (x.dtype.name === 'bfloat16' || (x.dtype.name === 'float16' && !s.half)) throw noKernelError(s.op, attr, kernelList(s));
    const double = x.dtype === dtypes.float64;
    const r = double ? roundFloat64 : roundFloat32;
    const compute = double ? x : api.cast(x, dtypes.float32);
    const out = hostTensor(hostNumbers(compute).map((v) => s.fn(r, v)), x.shape.slice(), double ? dtypes.float64 : dtypes.float32);
    return api.cast(out, x.dtype);
  };
}

/** std::nextafter on float32 / float64 values (subnormals kept, as TF's kernel does). */
function nextafter(x: number, y: number, single: boolean): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return (y > 0 ? 1 : -1) * (single ? 1.401298464324817e-45 : Number.MIN_VALUE);
  const buf = new DataView(new ArrayBuffer(8));
  const up = (y > x) === (x > 0);
  if (single) {
    buf.setFloat32(0, x);
    buf.setUint32(0, buf.getUint32(0) + (up ? 1 : -1));
    return buf.getFloat32(0);
  }
  buf.setFloat64(0, x);
  buf.setBigUint64(0, buf.getBigUint64(0) + (up ? 1n : -1n));
  return buf.getFloat64(0);
}

const nextafterParams = pyParams('nextafter', ['x1', 'x2', 'name'], { name: null });
const NEXTAFTER_SIGNATURE = 'Op<name=NextAfter; signature=x1:T, x2:T -> output:T; attr=T:type,default=DT_FLOAT,allowed=[DT_DOUBLE, DT_FLOAT]>';

function nextafterFn(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = nextafterParams(args, kwargs);
  const [a, b] = matchingTensors([p.x1, p.x2]);
  checkSameDtype('NextAfter', [a, b]);
  if (a.dtype !== dtypes.float32 && a.dtype !== dtypes.float64) {
    throw invalidArgument(
      `Value for attr 'T' of ${cppDtypeName(a.dtype)} is not in the list of allowed values: double, float\n\t; NodeDef: {{node NextAfter}}; ${NEXTAFTER_SIGNATURE}`,
      'NextAfter',
    );
  }
  const shape = broadcastShapes(a.shape, b.shape, 'NextAfter');
  const xs = hostNumbers(api.broadcastTo(a, shape));
  const ys = hostNumbers(api.broadcastTo(b, shape));
  const single = a.dtype === dtypes.float32;
  return hostTensor(xs.map((x, i) => nextafter(x, ys[i], single)), shape, a.dtype);
}

export function installSpecialExtras(tf: PyModule): void {
  const math = submodule(tf, 'math', 'tensorflow._api.v2.math');
  const special = submodule(math, 'special', 'tensorflow._api.v2.math.special');
  for (const s of UNARY) {
    const fns = { [s.pyName]: unary(s) };
    addFunctions(math, fns);
    if (s.pyName.startsWith('bessel')) addFunctions(special, fns);
  }
  addFunctions(math, { nextafter: nextafterFn, betainc: betaincFn });
  installZetaExtras(tf);
}

/** Binary float32/float64 functions of TF's Zeta/Polygamma kind: same dtype, broadcast. */
type BinaryRule = (r: Round, a: number, b: number, i: number, operands: [Tensor, Tensor]) => number;

function binaryFloat(op: string, pyName: string, argNames: [string, string], signature: string, fn: BinaryRule, halfInOpDef = false) {
  const params = pyParams(pyName, [...argNames, 'name'], { name: null });
  // Igamma/Igammac's op definitions also list bfloat16 and half, which have no CPU kernel.
  const allowed = halfInOpDef ? ['bfloat16', 'half', 'float', 'double'] : ['float', 'double'];
  return (args: PyValue[], kwargs: Kwargs): PyValue => {
    const p = params(args, kwargs);
    const [a, b] = matchingTensors([p[argNames[0]], p[argNames[1]]]);
    checkSameDtype(op, [a, b]);
    const cpp = cppDtypeName(a.dtype);
    if (!allowed.includes(cpp)) {
      throw invalidArgument(
        `Value for attr 'T' of ${cpp} is not in the list of allowed values: ${allowed.join(', ')}\n\t; NodeDef: {{node ${op}}}; Op<name=${op}; signature=${signature}; attr=T:type,allowed=[${allowed.map((d) => `DT_${d.toUpperCase()}`).join(', ')}]>`,
        op,
      );
    }
    if (a.dtype !== dtypes.float32 && a.dtype !== dtypes.float64) {
      throw noKernelError(op, `T=DT_${cpp.toUpperCase()}`, ["device='XLA_CPU_JIT'; T in [DT_FLOAT, DT_DOUBLE, DT_BFLOAT16, DT_HALF]", "device='CPU'; T in [DT_DOUBLE]", "device='CPU'; T in [DT_FLOAT]"]);
    }
    const shape = broadcastShapesOrThrow(op, a.shape, b.shape);
    const ab = api.broadcastTo(a, shape);
    const bb = api.broadcastTo(b, shape);
    const xs = hostNumbers(ab);
    const ys = hostNumbers(bb);
    const r = a.dtype === dtypes.float64 ? roundFloat64 : roundFloat32;
    return hostTensor(xs.map((x, i) => fn(r, x, ys[i], i, [ab, bb])), shape, a.dtype);
  };
}

/** Shapes that broadcast, or the kernel's error (these ops' text has no " name: " suffix). */
function broadcastShapesOrThrow(op: string, a: readonly number[], b: readonly number[]): number[] {
  try {
    return broadcastShapes(a, b, op);
  } catch {
    throw kernelError(op, `Incompatible shapes: [${a.join(',')}] vs. [${b.join(',')}]`, null);
  }
}

/** polygamma per element; order 0 is digamma, taken from the Digamma op (computed once per call). */
function polygammaRule(): BinaryRule {
  let digammas: { of: Tensor; values: number[] } | null = null;
  return (r, n, x, i, [, xs]) => {
    if (Math.floor(n) !== n || n < 0) return NaN;
    if (n !== 0) return polygammaPositive(r, n, x);
    if (digammas === null || digammas.of !== xs) digammas = { of: xs, values: hostNumbers(runOp(Digamma, [xs], null)) };
    return digammas.values[i];
  };
}

function installZetaExtras(tf: PyModule): void {
  const math = submodule(tf, 'math', 'tensorflow._api.v2.math');
  addFunctions(math, {
    zeta: binaryFloat('Zeta', 'zeta', ['x', 'q'], 'x:T, q:T -> z:T', (r, x, q) => zeta(r, x, q)),
    polygamma: binaryFloat('Polygamma', 'polygamma', ['a', 'x'], 'a:T, x:T -> z:T', polygammaRule()),
    igamma: binaryFloat('Igamma', 'igamma', ['a', 'x'], 'a:T, x:T -> z:T', (r, a, x) => igamma(r, a, x), true),
    igammac: binaryFloat('Igammac', 'igammac', ['a', 'x'], 'a:T, x:T -> z:T', (r, a, x) => igammac(r, a, x), true),
  });
}

const betaincParams = pyParams('betainc', ['a', 'b', 'x', 'name'], { name: null });
const BETAINC_SIGNATURE = 'Op<name=Betainc; signature=a:T, b:T, x:T -> z:T; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE]>';

/** tf.math.betainc: the three operands share one shape, or are scalars (TF's Betainc kernel). */
function betaincFn(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = betaincParams(args, kwargs);
  const operands = matchingTensors([p.a, p.b, p.x]);
  checkSameDtype('Betainc', operands);
  const dtype = operands[0].dtype;
  if (dtype !== dtypes.float32 && dtype !== dtypes.float64) {
    throw invalidArgument(`Value for attr 'T' of ${cppDtypeName(dtype)} is not in the list of allowed values: float, double\n\t; NodeDef: {{node Betainc}}; ${BETAINC_SIGNATURE}`, 'Betainc');
  }
  const names = ['a', 'b', 'x'];
  for (const [i, j] of [[0, 1], [0, 2], [1, 2]]) {
    const [s, t] = [operands[i].shape, operands[j].shape];
    if (s.length > 0 && t.length > 0 && (s.length !== t.length || s.some((d, k) => d !== t[k]))) {
      throw kernelError('Betainc', `Shapes of ${names[i]} and ${names[j]} are inconsistent: [${s.join(',')}] vs. [${t.join(',')}]`);
    }
  }
  const shape = (operands.find((t) => t.rank > 0) ?? operands[0]).shape.slice();
  const [as, bs, xs] = operands.map((t) => hostNumbers(api.broadcastTo(t, shape)));
  const r = dtype === dtypes.float64 ? roundFloat64 : roundFloat32;
  return hostTensor(as.map((a, i) => betainc(r, a, bs[i], xs[i])), shape, dtype);
}
