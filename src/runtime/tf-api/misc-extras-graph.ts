// Top-level tf functions that talk about shapes and graphs: broadcast_static_shape (common_shapes'
// rules for unknown dims), broadcast_dynamic_shape (the BroadcastArgs op), and the graph-mode
// helpers that eager scripts still call: get_current_name_scope, inside_function,
// is_symbolic_tensor, timestamp, no_gradient, and parallel_stack / gradients, which TF refuses
// eagerly with a RuntimeError.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { runtimeError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { getAttr } from '../../interpreter/ops/attr.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { TensorShape } from '../tensor-shape.js';
import { str } from '../../interpreter/ops/text.js';
import { currentNameScope } from '../name-scope.js';
import { insideTfFunction } from '../autograd/tf-function.js';
import { tracing } from '../autograd/trace-graph.js';
import { kernelError } from '../ops/shape-errors.js';
import { addFunctions, matchingTensors } from './shape-args.js';
import { hostNumbers, hostTensor } from './host-values.js';

type Dim = number | null;

/** common_shapes.broadcast_shape for known ranks: null when the shapes cannot broadcast. */
function broadcastStatic(x: readonly Dim[], y: readonly Dim[]): Dim[] | null {
  const n = Math.max(x.length, y.length);
  const out: Dim[] = [];
  for (let i = 0; i < n; i++) {
    const a = i < n - x.length ? 1 : x[i - (n - x.length)];
    const b = i < n - y.length ? 1 : y[i - (n - y.length)];
    if (a === null || b === null) {
      // An unknown dim against 1 (or another unknown) stays unknown; against n > 1 it must be n.
      out.push(a !== null && a > 1 ? a : b !== null && b > 1 ? b : null);
    } else if (a === b || b === 1) out.push(a);
    else if (a === 1) out.push(b);
    else return null;
  }
  return out;
}

const staticParams = pyParams('broadcast_static_shape', ['shape_x', 'shape_y'], {});
const dynamicParams = pyParams('broadcast_dynamic_shape', ['shape_x', 'shape_y'], {});
const parallelStackParams = pyParams('parallel_stack', ['values', 'name'], { name: 'parallel_stack' });
const symbolicParams = pyParams('is_symbolic_tensor', ['tensor'], {});
const noGradientParams = pyParams('no_gradient', ['op_type'], {});

export function installGraphExtras(tf: PyModule): void {
  addFunctions(tf, {
    broadcast_static_shape: (args, kwargs) => {
      const p = staticParams(args, kwargs);
      // TF reads .ndims first, so a list gets Python's AttributeError as in TF.
      getAttr(p.shape_x, 'ndims');
      getAttr(p.shape_y, 'ndims');
      const x = p.shape_x as TensorShape;
      const y = p.shape_y as TensorShape;
      const out = broadcastStatic(x.dims, y.dims);
      if (out === null) {
        throw valueError(
          `Incompatible shapes for broadcasting. Two shapes are compatible if for each dimension pair they are either equal or one of them is 1. Received: ${str(x)} and ${str(y)}.`,
        );
      }
      return new TensorShape(out);
    },
    broadcast_dynamic_shape: (args, kwargs) => {
      const p = dynamicParams(args, kwargs);
      const [x, y] = matchingTensors([p.shape_x, p.shape_y]);
      const out = broadcastStatic(hostNumbers(x), hostNumbers(y));
      if (out === null) {
        throw kernelError('BroadcastArgs', `Incompatible shapes: [${hostNumbers(x).join(',')}] vs. [${hostNumbers(y).join(',')}]`, null);
      }
      return hostTensor(out as number[], [out.length], x.dtype);
    },
    parallel_stack: (args, kwargs) => {
      parallelStackParams(args, kwargs);
      throw runtimeError('tf.parallel_stack() is not compatible with eager execution.');
    },
    gradients: () => {
      throw runtimeError('tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.');
    },
    no_gradient: (args, kwargs) => {
      if (typeof noGradientParams(args, kwargs).op_type !== 'string') throw typeError('op_type must be a string');
      return null;
    },
    get_current_name_scope: () => currentNameScope().replace(/\/$/, ''),
    inside_function: () => insideTfFunction(),
    // Inside a tf.function body, the tensors the trace made (arguments included) are graph tensors;
    // tensors captured from outside stay eager.
    is_symbolic_tensor: (args, kwargs) => {
      const t = symbolicParams(args, kwargs).tensor;
      return t instanceof Tensor && tracing.graph !== null && (tracing.graph.nodes.has(t) || t.id >= tracing.graph.firstTensorId);
    },
    // Seconds since the epoch with sub-millisecond digits, as TF's Timestamp op gives.
    timestamp: (): PyValue => hostTensor([(performance.timeOrigin + performance.now()) / 1000], [], dtypes.float64),
  });
}
