// tf.keras.optimizers: SGD, Adam, RMSprop, Adagrad for custom training loops, with Keras 3.15's
// constructor arguments, names (adam, adam_1, ...), learning_rate and iterations variables, and
// apply_gradients / apply. The per-variable math is in update-rules.ts.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { PyProperty, PyBuiltinFunction } from '../../interpreter/objects/function.js';
import { PyFloat, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyExc, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { asNumber } from '../../interpreter/ops/convert.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { writeStderr } from '../../interpreter/io.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { Variable } from '../variable.js';
import { toTensor } from '../convert.js';
import * as api from '../ops/api.js';
import { KerasVariable } from './keras-variable.js';
import { adagradStep, adamStep, rmspropStep, sgdStep, UpdateContext } from './update-rules.js';
import { applyWeightDecay, clipByGlobalNorm, clipByNorm, clipByValue } from './clipping.js';
import { densify, Gradient, IndexedSlices, mapValues } from '../autograd/indexed-slices.js';

export const optimizerType = new PyType('Optimizer', [objectType], 'keras.src.optimizers.optimizer');

type Step = (ctx: UpdateContext, config: Record<string, unknown>) => void;

/** The base optimizer's gradient clipping and weight decay settings (null: off). */
interface Clipping {
  clipnorm: number | null;
  clipvalue: number | null;
  global_clipnorm: number | null;
  weight_decay: number | null;
}

/** Names already taken, as keras.src.utils.naming.auto_name counts them (adam, adam_1, ...). */
const nameCounts = new Map<string, number>();
function autoName(base: string): string {
  const n = nameCounts.get(base) ?? 0;
  nameCounts.set(base, n + 1);
  return n === 0 ? base : `${base}_${n}`;
}

export class Optimizer implements PyObject {
  readonly learningRate: KerasVariable;
  readonly iterations: KerasVariable;
  private readonly slots = new Map<Variable, Map<string, Variable>>();
  constructor(
    readonly type: PyType,
    readonly name: string,
    learningRate: number,
    readonly config: Record<string, PyValue>,
    private readonly step: Step,
    readonly clipping: Clipping,
  ) {
    this.learningRate = new KerasVariable(scalar(learningRate, 'float32'), `${name}/learning_rate`, false);
    this.iterations = new KerasVariable(scalar(0, 'int64'), `${name}/iteration`, false);
  }
  get cls(): PyType {
    return this.type;
  }

  private slotOf(variable: Variable, slotName: string, init = 0): Variable {
    let byName = this.slots.get(variable);
    if (!byName) this.slots.set(variable, (byName = new Map()));
    let s = byName.get(slotName);
    if (!s) {
      const value = api.fill(variable.value.shape, variable.value.dtype, init);
      const path = `${this.name}/${variable.name.replace(/:0$/, '')}_${slotName}`;
      byName.set(slotName, (s = new KerasVariable(value, path, false)));
    }
    return s;
  }

  apply(pairs: [Gradient | null, Variable][]): void {
    const missing = pairs.filter(([g]) => g === null).map(([, v]) => v.name);
    if (missing.length) {
      writeStderr(
        `UserWarning: Gradients do not exist for variables ${repr(new PyList(missing))} when minimizing the loss. If using \`model.compile()\`, did you forget to provide a \`loss\` argument?\n  warnings.warn(\n`,
      );
    }
    const iterations = Number(this.iterations.value.values()[0]);
    const config = Object.fromEntries(Object.entries(this.config).map(([k, v]) => [k, v instanceof PyFloat ? v.v : v]));
    const present = pairs.filter(([g]) => g !== null) as [Gradient, Variable][];
    // As base_optimizer.apply: clip the gradients, decay the weights, then each update_step.
    const grads = this.clip(present.map(([g]) => g));
    if (this.clipping.weight_decay !== null) {
      for (const [, variable] of present) applyWeightDecay(variable, this.clipping.weight_decay, this.learningRate.value);
    }
    for (let i = 0; i < present.length; i++) {
      const [, variable] = present[i];
      const g = grads[i];
      const dtype = variable.value.dtype;
      this.step(
        {
          gradient: mapValues(g, (v) => api.cast(v, dtype)),
          variable,
          lr: api.cast(this.learningRate.value, dtype),
          iterations,
          slot: (name, init) => this.slotOf(variable, name, init),
        },
        config,
      );
    }
    this.iterations.assign(api.add(this.iterations.value, scalar(1, 'int64')));
  }

  /** Keras's _clip_gradients: clipnorm, else global_clipnorm, else clipvalue (each only if > 0). */
  private clip(grads: Gradient[]): Gradient[] {
    const { clipnorm, global_clipnorm: globalClipnorm, clipvalue } = this.clipping;
    // clipnorm is tf.clip_by_norm, which clips IndexedSlices by their values' norm; the other two
    // see sparse gradients densified (a simplification of Keras's sparse ops).
    if (clipnorm !== null && clipnorm > 0) return grads.map((g) => mapValues(g, (v) => clipByNorm(v, clipnorm)));
    if (globalClipnorm !== null && globalClipnorm > 0) return clipByGlobalNorm(grads.map(densify), globalClipnorm);
    if (clipvalue !== null && clipvalue > 0) return grads.map((g) => clipByValue(densify(g), clipvalue));
    return grads;
  }
}

function scalar(x: number, dtype: 'float32' | 'int64'): Tensor {
  return tensorFromValues(dtype === 'int64' ? [BigInt(x)] as unknown as number[] : [x], [], dtypes[dtype], 'CPU:0');
}

const asOpt = (v: PyValue) => v as Optimizer;

/** `grads_and_vars` (any iterable of pairs, e.g. zip(grads, vars)) as checked pairs. */
function pairsOf(items: PyValue[]): [Gradient | null, Variable][] {
  return items.map((item) => {
    const pair = iterToArray(item);
    if (pair.length !== 2) throw valueError(`not enough values to unpack (expected 2, got ${pair.length})`);
    const [g, v] = pair;
    if (!(v instanceof Variable)) throw typeError(`tfts: apply_gradients expects tf.Variable objects, got ${repr(v)}`);
    return [g === null ? null : g instanceof Tensor || g instanceof IndexedSlices ? g : toTensor(g), v];
  });
}

defineMethod(optimizerType, 'apply_gradients', (self, args) => {
  asOpt(self).apply(pairsOf(iterToArray(args[0])));
  return asOpt(self).iterations;
});
defineMethod(optimizerType, 'apply', (self, args) => {
  const grads = iterToArray(args[0]);
  const vars = iterToArray(args[1]);
  asOpt(self).apply(pairsOf(grads.map((g, i) => new PyTuple([g, vars[i]]))));
  return null;
});
defineGetter(optimizerType, 'iterations', (self) => asOpt(self).iterations);
defineGetter(optimizerType, 'name', (self) => asOpt(self).name);
optimizerType.dict.set(
  'learning_rate',
  new PyProperty(
    new PyBuiltinFunction('learning_rate', (args) => asOpt(args[0]).learningRate),
    new PyBuiltinFunction('learning_rate', (args) => {
      const opt = asOpt(args[0]);
      opt.learningRate.assign(api.cast(toTensor(args[1]), dtypes.float32));
      return null;
    }),
  ),
);
defineMethod(optimizerType, '__repr__', (self) => {
  const t = asOpt(self).type;
  return `<${t.module}.${t.name} object at 0x7f${(0x10000000 + asOpt(self).iterations.handleId * -16).toString(16)}>`;
});

const COMMON = ['weight_decay', 'clipnorm', 'clipvalue', 'global_clipnorm', 'use_ema', 'ema_momentum', 'ema_overwrite_frequency', 'loss_scale_factor', 'gradient_accumulation_steps', 'name'];
const COMMON_DEFAULTS: Record<string, PyValue> = {
  weight_decay: null, clipnorm: null, clipvalue: null, global_clipnorm: null, use_ema: false, ema_momentum: new PyFloat(0.99),
  ema_overwrite_frequency: null, loss_scale_factor: null, gradient_accumulation_steps: null, name: null,
};

interface OptimizerSpec {
  className: string;
  module: string;
  /** auto_name's snake case of the class name. */
  baseName: string;
  params: Record<string, PyValue>;
  step: Step;
  validate?: (p: Record<string, PyValue>) => void;
}

function defineOptimizer(spec: OptimizerSpec): PyType {
  const type = new PyType(spec.className, [optimizerType], spec.module);
  // The rule's own hyperparameters (learning_rate belongs to the base class).
  const own = Object.keys(spec.params).filter((k) => k !== 'learning_rate');
  const bind = pyParams(spec.className, ['learning_rate', ...own, ...COMMON], {
    learning_rate: spec.params.learning_rate,
    ...spec.params,
    ...COMMON_DEFAULTS,
  });
  type.construct = (_cls, args, kwargs: Kwargs) => {
    let rest: Kwargs = kwargs;
    if (kwargs && kwargs.size) {
      // **kwargs: 'decay' is dropped with Keras's warning; anything else is refused.
      const known = new Set(['learning_rate', ...own, ...COMMON]);
      rest = new Map([...kwargs].filter(([k]) => known.has(k)));
      const unknown = [...kwargs].filter(([k]) => !known.has(k) && k !== 'decay');
      if (kwargs.has('decay') && kwargs.get('decay') !== null) {
        writeStderr('UserWarning: Argument `decay` is no longer supported and will be ignored.\n  warnings.warn(\n');
      }
      if (unknown.length) throw valueError(`Argument(s) not recognized: {${unknown.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`);
    }
    const p = bind(args, rest);
    for (const k of ['loss_scale_factor', 'gradient_accumulation_steps']) {
      if (p[k] !== null) throw pyExc('NotImplementedError', `tfts: optimizer argument \`${k}\` is not supported yet`);
    }
    if (isTruthy(p.use_ema)) throw pyExc('NotImplementedError', 'tfts: optimizer argument `use_ema` is not supported yet');
    // Keras names the optimizer (base __init__) before the subclass validates its arguments.
    const name = p.name === null ? autoName(spec.baseName) : String(p.name);
    spec.validate?.(p);
    const config: Record<string, PyValue> = {};
    for (const k of own) config[k] = p[k];
    const lr = p.learning_rate instanceof Tensor || p.learning_rate instanceof Variable ? Number(toTensor(p.learning_rate).values()[0]) : asNumber(p.learning_rate);
    const opt = (k: string) => (p[k] === null ? null : num(p[k]));
    const clipping = { clipnorm: opt('clipnorm'), clipvalue: opt('clipvalue'), global_clipnorm: opt('global_clipnorm'), weight_decay: opt('weight_decay') };
    if ([clipping.clipnorm, clipping.clipvalue, clipping.global_clipnorm].filter((v) => v !== null).length > 1) {
      throw valueError(`Only one of \`clipnorm\`, \`clipvalue\` and \`global_clipnorm\` can be set. Received: clipnorm=${str(p.clipnorm)}, clipvalue=${str(p.clipvalue)}, global_clipnorm=${str(p.global_clipnorm)}`);
    }
    return new Optimizer(type, name, lr, config, spec.step, clipping);
  };
  for (const k of own) defineGetter(type, k, (self) => asOpt(self).config[k]);
  return type;
}

const f = (x: number) => new PyFloat(x);

export const sgdType = defineOptimizer({
  className: 'SGD',
  module: 'keras.src.optimizers.sgd',
  baseName: 'sgd',
  params: { learning_rate: f(0.01), momentum: f(0), nesterov: false },
  validate: (p) => {
    const m = p.momentum;
    if (!(m instanceof PyFloat) || m.v < 0 || m.v > 1) throw valueError('`momentum` must be a float between [0, 1].');
  },
  step: (ctx, c) => sgdStep(ctx, { momentum: c.momentum as number, nesterov: isTruthy(c.nesterov as PyValue) }),
});

export const adamType = defineOptimizer({
  className: 'Adam',
  module: 'keras.src.optimizers.adam',
  baseName: 'adam',
  params: { learning_rate: f(0.001), beta_1: f(0.9), beta_2: f(0.999), epsilon: f(1e-7), amsgrad: false },
  step: (ctx, c) => adamStep(ctx, { beta_1: num(c.beta_1), beta_2: num(c.beta_2), epsilon: num(c.epsilon), amsgrad: isTruthy(c.amsgrad as PyValue) }),
});

export const rmspropType = defineOptimizer({
  className: 'RMSprop',
  module: 'keras.src.optimizers.rmsprop',
  baseName: 'rm_sprop',
  params: { learning_rate: f(0.001), rho: f(0.9), momentum: f(0), epsilon: f(1e-7), centered: false },
  step: (ctx, c) => rmspropStep(ctx, { rho: num(c.rho), momentum: num(c.momentum), epsilon: num(c.epsilon), centered: isTruthy(c.centered as PyValue) }),
});

export const adagradType = defineOptimizer({
  className: 'Adagrad',
  module: 'keras.src.optimizers.adagrad',
  baseName: 'adagrad',
  params: { learning_rate: f(0.001), initial_accumulator_value: f(0.1), epsilon: f(1e-7) },
  step: (ctx, c) => adagradStep(ctx, { initial_accumulator_value: num(c.initial_accumulator_value), epsilon: num(c.epsilon) }),
});

/** Hyperparameters arrive as Python numbers (int or float). */
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return asNumber(v as PyValue);
}
