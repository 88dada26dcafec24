// The `tensorflow` module as Python sees it: tf.constant, tf.matmul, tf.random.normal, ...
// Each function binds its arguments like TF's Python signature and calls the op layer.
import { formatNdarrayStr } from './printing/ndarray-text.js';
import { shapeStr } from './printing/shape-text.js';
import { str as pyStr } from '../interpreter/ops/text.js';
import type { PyValue } from '../interpreter/objects/core.js';
import { PyModule } from '../interpreter/objects/function.js';
import { typeError } from '../interpreter/objects/exceptions.js';
import { builtinFunction, pyParams } from '../interpreter/builtins/define.js';
import { asIndex } from '../interpreter/ops/convert.js';
import { iterToArray } from '../interpreter/ops/iter.js';
import { isTruthy } from '../interpreter/ops/truth.js';
import type { Kwargs } from '../interpreter/ops/call.js';
import { TF_VERSION } from '../version.js';
import { DType, dtypes } from './dtypes.js';
import { Tensor, eagerTensorType } from './tensor.js';
import { TensorShape } from './tensor-shape.js';
import { toOperandTensor, toTensor, isTensorLike } from './convert.js';
import { trueDiv } from './tensor-methods.js';
import { variableType } from './variable.js';
import { gradientTapeType } from './gradient-tape.js';
import { tfErrorTypes } from './errors.js';
import { runOp, OpDef } from './ops/registry.js';
import * as api from './ops/api.js';
import * as E from './ops/elementwise.js';
import * as R from './ops/reduce.js';
import { installMathApi } from './tf-api/math.js';
import { axisList, dtypeOrNull, matchingTensors } from './tf-api/math-args.js';
import { numElements } from './tensor.js';
import './tensor-methods.js';
import './object-identity.js';
import './dtype-limits.js';
import { installAutograd } from './autograd/install.js';
import { installKeras } from './keras/install.js';
import { installShapeApi } from './tf-api/shape.js';
import { installNnApi } from './tf-api/nn.js';
import { installImageApi } from './tf-api/image.js';
import { installLookupApi } from './tf-api/lookup.js';
import { installSparseApi } from './tf-api/sparse-api.js';
import { installRaggedApi } from './tf-api/ragged-api.js';
import { installExampleApi } from './tf-api/train-example.js';
import { parseExampleFns, parsingTypes } from './tf-api/parse-example.js';
import { installConfigApi } from './tf-api/config.js';
import { installRandomApi } from './tf-api/random.js';
import { installStatelessRandomApi } from './tf-api/random-stateless.js';
import { installRandomGeneratorApi } from './tf-api/random-generator.js';
import { installPoissonGammaApi } from './tf-api/random-poisson-gamma-api.js';
import { installPrintApi } from './tf-api/print.js';
import { installArrayExtras, installLinalgExtras } from './tf-api/array-extras.js';
import { installLinalgDecompositions } from './tf-api/linalg-decompositions.js';
import { installMiscExtras } from './tf-api/misc-extras.js';
import { installSegmentApi } from './tf-api/segment.js';
import { installControlFlow } from './tf-api/control-flow.js';
import { installMiscApi } from './tf-api/misc.js';
import { installVariableScatter } from './variable-scatter.js';
import { installVariableSliceAssign } from './variable-slice-assign.js';
import { installModuleApi } from './tf-api/module.js';
import { installNnExtras } from './tf-api/nn-extras.js';
import { installMathExtras } from './tf-api/math-extras.js';
import { installDebuggingApi } from './tf-api/debugging.js';
import { installStringsApi } from './strings/strings-api.js';
import { isStringTensor } from './strings/string-tensor.js';
import { unsupportedStringOp } from './strings/unsupported-op-errors.js';
import { installDataApi } from './data/dataset-api.js';
import { kernelError } from './ops/shape-errors.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;

function module(name: string, fns: Record<string, Fn>, values: Record<string, PyValue> = {}): PyModule {
  const m = new PyModule(name);
  for (const [k, f] of Object.entries(fns)) m.dict.set(k, builtinFunction(k, f));
  for (const [k, v] of Object.entries(values)) m.dict.set(k, v);
  return m;
}

/** A shape argument: list/tuple of ints, a TensorShape, or a 1-D int tensor. */
function shapeArg(v: PyValue): number[] {
  if (v instanceof TensorShape) return v.dims.map((d) => d ?? 0);
  if (v instanceof Tensor || isTensorLike(v)) {
    const t = v instanceof Tensor ? v : v.readTensor();
    return Array.from(t.values() as ArrayLike<number | bigint>, Number);
  }
  if (typeof v === 'number') return [v];
  return iterToArray(v).map(asIndex);
}

/** A dtype argument, `fallback` for None (the shared converter raises TF's TypeError). */
function dtypeArg(v: PyValue, fallback: DType | null): DType | null {
  return v === null ? fallback : dtypeOrNull(v);
}

/** How a binary tf function converts its operands: 'strict', as the generated ops do (both
 *  together, matchingTensors); 'hinted' (tf.add, tf.truediv), as TF's Python wrappers that convert
 *  x alone, then y with x's dtype only as a hint; 'matching' (tf.divide): both together, but
 *  without the strict check, which the `/` it then applies does not make. */
type BinaryConversion = 'strict' | 'hinted' | 'matching';

function binaryFn(name: string, fn: (a: Tensor, b: Tensor) => Tensor, conversion: BinaryConversion = 'strict'): Fn {
  const params = pyParams(name, ['x', 'y', 'name'], { name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    if (conversion === 'hinted') {
      const x = toTensor(p.x);
      return fn(x, toOperandTensor(p.y, x.dtype, false));
    }
    const [x, y] = matchingTensors([p.x, p.y], conversion === 'strict');
    return fn(x, y);
  };
}

function unaryFn(name: string, op: OpDef<null>): Fn {
  const params = pyParams(name, ['x', 'name'], { name: null });
  return (args, kwargs) => runOp(op, [toTensor(params(args, kwargs).x)], null);
}

function reduceFn(name: string, op: OpDef<R.ReduceAttrs>): Fn {
  const params = pyParams(name, ['input_tensor', 'axis', 'keepdims', 'name'], { axis: null, keepdims: false, name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const x = toTensor(p.input_tensor);
    return runOp(op, [x], { axes: R.normalizeAxes(axisList(p.axis), x.rank, op.name), keepdims: isTruthy(p.keepdims) });
  };
}

const constantParams = pyParams('constant', ['value', 'dtype', 'shape', 'name'], { dtype: null, shape: null, name: 'Const' });
function constant(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = constantParams(args, kwargs);
  const dtype = dtypeArg(p.dtype, null);
  let t = p.value instanceof Tensor && dtype && p.value.dtype !== dtype ? api.cast(p.value, dtype) : toTensor(p.value, dtype);
  if (p.shape !== null) {
    const shape = shapeArg(p.shape);
    if (t.size === 1 && numElements(shape) !== 1) t = api.broadcastTo(api.reshape(t, []), shape);
    else if (t.size !== numElements(shape)) {
      // TF formats the converted values as numpy's str, the input with Python's str, the shape as a tuple.
      const values = formatNdarrayStr(t.values(), t.shape, t.dtype.name);
      throw typeError(`Eager execution of tf.constant with unsupported shape. Tensor ${values} (converted from ${pyStr(p.value)}) has ${t.size} elements, but got \`shape\` ${shapeStr(shape)} with ${numElements(shape)} elements).`);
    } else t = api.reshape(t, shape);
  }
  return t;
}

function creationFn(name: string, value: number): Fn {
  const params = pyParams(name, ['shape', 'dtype', 'name'], { dtype: dtypes.float32, name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    return api.fill(shapeArg(p.shape), dtypeArg(p.dtype, dtypes.float32)!, value);
  };
}

function likeFn(name: string, value: number): Fn {
  const params = pyParams(name, ['input', 'dtype', 'name'], { dtype: null, name: null });
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const x = toTensor(p.input);
    if (value === 1 && isStringTensor(x)) throw unsupportedStringOp('OnesLike');
    return api.fill(x.shape, dtypeArg(p.dtype, x.dtype)!, value);
  };
}

const matmulParams = pyParams('matmul', ['a', 'b', 'transpose_a', 'transpose_b', 'adjoint_a', 'adjoint_b', 'a_is_sparse', 'b_is_sparse', 'output_type', 'grad_a', 'grad_b', 'name'], {
  transpose_a: false, transpose_b: false, adjoint_a: false, adjoint_b: false, a_is_sparse: false, b_is_sparse: false, output_type: null, grad_a: false, grad_b: false, name: null,
});

export function createTensorflowModule(): PyModule {
  const binary: Record<string, Fn> = {
    add: binaryFn('add', api.add, 'hinted'),
    subtract: binaryFn('subtract', api.sub),
    multiply: binaryFn('multiply', api.mul),
    divide: binaryFn('divide', trueDiv, 'matching'),
    truediv: binaryFn('truediv', trueDiv, 'hinted'),
    floordiv: binaryFn('floordiv', api.floorDiv),
    pow: binaryFn('pow', api.pow),
    maximum: binaryFn('maximum', api.maximum),
    minimum: binaryFn('minimum', api.minimum),
    equal: binaryFn('equal', api.equal),
    not_equal: binaryFn('not_equal', (a, b) => runOp(E.NotEqual, [a, b], null)),
    less: binaryFn('less', (a, b) => runOp(E.Less, [a, b], null)),
    less_equal: binaryFn('less_equal', api.lessEqual),
    greater: binaryFn('greater', api.greater),
    greater_equal: binaryFn('greater_equal', api.greaterEqual),
    squared_difference: binaryFn('squared_difference', (a, b) => runOp(E.SquaredDifference, [a, b], null)),
  };
  const unary: Record<string, Fn> = {
    negative: unaryFn('negative', E.Neg),
    abs: unaryFn('abs', E.Abs),
    exp: unaryFn('exp', E.Exp),
    log: unaryFn('log', E.Log),
    sqrt: unaryFn('sqrt', E.Sqrt),
    rsqrt: unaryFn('rsqrt', E.Rsqrt),
    square: unaryFn('square', E.Square),
    sin: unaryFn('sin', E.Sin),
    cos: unaryFn('cos', E.Cos),
    tanh: unaryFn('tanh', E.Tanh),
    sigmoid: unaryFn('sigmoid', E.Sigmoid),
    sign: unaryFn('sign', E.Sign),
    floor: unaryFn('floor', E.Floor),
    ceil: unaryFn('ceil', E.Ceil),
    round: unaryFn('round', E.Round),
    reciprocal: unaryFn('reciprocal', E.Reciprocal),
    log1p: unaryFn('log1p', E.Log1p),
  };
  const reductions: Record<string, Fn> = {
    reduce_sum: reduceFn('reduce_sum', R.Sum),
    reduce_mean: reduceFn('reduce_mean', R.Mean),
    reduce_max: reduceFn('reduce_max', R.Max),
    reduce_min: reduceFn('reduce_min', R.Min),
    reduce_prod: reduceFn('reduce_prod', R.Prod),
    reduce_any: reduceFn('reduce_any', R.AnyOp),
    reduce_all: reduceFn('reduce_all', R.AllOp),
  };
  const matmul: Fn = (args, kwargs) => {
    const p = matmulParams(args, kwargs);
    // TF converts a alone, then b with a's dtype as a hint.
    const a = toTensor(p.a);
    const b = toOperandTensor(p.b, a.dtype, false);
    return api.matmul(a, b, isTruthy(p.transpose_a) || isTruthy(p.adjoint_a), isTruthy(p.transpose_b) || isTruthy(p.adjoint_b));
  };
  const castParams = pyParams('cast', ['x', 'dtype', 'name'], { name: null });
  const fillParams = pyParams('fill', ['dims', 'value', 'name'], { name: null });
  const convertParams = pyParams('convert_to_tensor', ['value', 'dtype', 'dtype_hint', 'name'], { dtype: null, dtype_hint: null, name: null });

  const nn = module('tensorflow._api.v2.nn', {
    relu: unaryFn('relu', E.Relu),
    sigmoid: unaryFn('sigmoid', E.Sigmoid),
    tanh: unaryFn('tanh', E.Tanh),
  });

  const math = module('tensorflow._api.v2.math', { ...binary, ...unary, ...reductions });

  const errors = module('tensorflow._api.v2.errors', {}, { ...tfErrorTypes });
  const dtypesModule = module('tensorflow._api.v2.dtypes', {}, { ...dtypes, DType: dtypes.float32.cls });

  const tf = module(
    'tensorflow',
    {
      ...binary,
      ...unary,
      ...reductions,
      constant,
      convert_to_tensor: (args, kwargs) => {
        const p = convertParams(args, kwargs);
        return toTensor(p.value, dtypeArg(p.dtype, null), dtypeArg(p.dtype_hint, null));
      },
      matmul,
      cast: (args, kwargs) => {
        const p = castParams(args, kwargs);
        return api.cast(toTensor(p.x), dtypeArg(p.dtype, null)!);
      },
      zeros: creationFn('zeros', 0),
      ones: creationFn('ones', 1),
      zeros_like: likeFn('zeros_like', 0),
      ones_like: likeFn('ones_like', 1),
      fill: (args, kwargs) => {
        const p = fillParams(args, kwargs);
        const dims = shapeArg(p.dims);
        // The Fill op's own check, without the ` name: ` tf.zeros/tf.ones errors carry.
        const bad = dims.find((d) => d < 0);
        if (bad !== undefined) throw kernelError('Fill', `Dimension ${bad} must be >= 0`, null);
        const v = toTensor(p.value);
        if (v.dtype === dtypes.string) return api.broadcastTo(v, shapeArg(p.dims));
        return api.fill(shapeArg(p.dims), v.dtype, Number(v.values()[0]));
      },
      stop_gradient: (args) => {
        const t = toTensor(args[0]);
        return new Tensor(t.storage, t.shape, t.dtype, t.device);
      },
    },
    {
      __version__: TF_VERSION,
      Tensor: eagerTensorType,
      Variable: variableType,
      GradientTape: gradientTapeType,
      TensorShape: new TensorShape([]).cls,
      DType: dtypes.float32.cls,
      nn,
      math,
      errors,
      dtypes: dtypesModule,
      newaxis: null,
      ...dtypes,
    },
  );
  installAutograd(tf);
  installKeras(tf);
  installShapeApi(tf);
  installNnApi(tf);
  installImageApi(tf);
  installLookupApi(tf);
  installSparseApi(tf);
  installMathApi(tf);
  installConfigApi(tf);
  installRandomApi(tf);
  installStatelessRandomApi(tf);
  installRandomGeneratorApi(tf);
  installPoissonGammaApi(tf);
  installPrintApi(tf);
  installArrayExtras(tf);
  installLinalgExtras(tf);
  installSegmentApi(tf);
  installControlFlow(tf);
  installMiscApi(tf);
  installVariableScatter(tf);
  installVariableSliceAssign(tf);
  installModuleApi(tf);
  installNnExtras(tf);
  installMathExtras(tf);
  installDebuggingApi(tf);
  installStringsApi(tf);
  installDataApi(tf);
  installLinalgDecompositions(tf);
  installMiscExtras(tf);
  installExampleApi(tf, parseExampleFns, parsingTypes);
  installRaggedApi(tf); // last: it wraps the finished tf functions with ragged dispatch
  return tf;
}
