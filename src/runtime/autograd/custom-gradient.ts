// tf.custom_gradient: `f(*args)` returns `(y, grad_fn)`; the tapes see y as one operation of
// f's tensor arguments (and of the variables f read) whose gradient is grad_fn(dy). f's own ops
// are still recorded (as TF does), so tensors captured by grad_fn stay differentiable by outer
// tapes, which is what makes second derivatives of custom gradients work.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyFunction } from '../../interpreter/objects/function.js';
import { PyTuple, PyList } from '../../interpreter/objects/values.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction } from '../../interpreter/builtins/define.js';
import { call } from '../../interpreter/ops/call.js';
import { repr } from '../../interpreter/ops/text.js';
import { Tensor } from '../tensor.js';
import { Variable } from '../variable.js';
import { toTensor } from '../convert.js';
import type { OpDef } from '../ops/registry.js';
import { passTangent, recordOperation, variableWatchers, WatchableVariable } from '../tape.js';
import { flatten } from './nest.js';

const asTensorOrNull = (v: PyValue): Tensor | null => (v === null ? null : v instanceof Tensor ? v : toTensor(v));

/** Whether the Python grad_fn can take `variables=` (a parameter of that name, or **kwargs). */
function acceptsVariables(fn: PyValue): boolean {
  if (!(fn instanceof PyFunction)) return true;
  const spec = fn.signature.spec;
  return spec.args.includes('variables') || spec.kwonly.includes('variables') || spec.kwarg !== null;
}

function functionName(f: PyValue): string {
  return f instanceof PyFunction ? f.name : 'custom_gradient';
}

export function customGradient(f: PyValue): PyValue {
  return builtinFunction(functionName(f), (args, kwargs) => {
    const watched = new Set<WatchableVariable>();
    variableWatchers.push(watched);
    let result: PyValue;
    try {
      result = call(f, args, kwargs);
    } finally {
      variableWatchers.splice(variableWatchers.lastIndexOf(watched), 1);
    }
    if (!(result instanceof PyTuple || result instanceof PyList) || result.items.length !== 2) {
      throw valueError(`too many values to unpack (expected 2)`);
    }
    const [y, gradFn] = result.items;
    if (!(y instanceof Tensor)) throw typeError(`custom_gradient supports one Tensor output here, got ${repr(y)}`);
    const flatArgs = flatten(new PyTuple(args)).filter((a) => a instanceof Tensor || a instanceof Variable) as (Tensor | Variable)[];
    const variables = [...watched].filter((v) => !flatArgs.includes(v as Variable)) as Variable[];
    if (variables.length && !acceptsVariables(gradFn)) {
      throw typeError(`@tf.custom_gradient grad_fn must accept keyword argument 'variables', since function uses variables: [${variables.map((v) => repr(v)).join(', ')}]`);
    }
    const argCount = flatArgs.length;
    const inputs: Tensor[] = [
      ...flatArgs.map((a) => (a instanceof Variable ? a.readTensor() : a)),
      ...variables.map((v) => ({ id: v.handleId }) as Tensor),
    ];
    const op: OpDef<null> = {
      name: functionName(f),
      infer: () => ({ shape: y.shape.slice(), dtype: y.dtype }),
      kernels: { CPU: () => y.storage },
      grad: (dy) => {
        let inputGrads: PyValue;
        let variableGrads: PyValue[] = [];
        if (variables.length) {
          const r = call(gradFn, [dy], new Map([['variables', new PyList(variables)]]));
          const pair = flatten(r instanceof PyTuple || r instanceof PyList ? r.items[0] : r);
          inputGrads = new PyList(pair);
          variableGrads = r instanceof PyTuple || r instanceof PyList ? flatten(r.items[1]) : [];
        } else inputGrads = call(gradFn, [dy], null);
        const flat = flatten(inputGrads);
        if (flat.length !== argCount) {
          throw valueError(`custom_gradient function expected to return ${argCount} gradients, but returned ${flat.length} instead.`);
        }
        return [...flat, ...variableGrads].map(asTensorOrNull);
      },
    };
    // A fresh tensor for y (TF records an identity): the tapes reach f's arguments only through
    // grad_fn. Forward-mode accumulators ignore grad_fn, as TF's do: y's tangent (from f's own
    // ops) passes through the identity.
    const out = new Tensor(y.storage, y.shape, y.dtype, y.device);
    recordOperation(op as OpDef<unknown>, inputs, out, null);
    passTangent(y.id, out);
    return out;
  });
}
