// GradientTape's recording: which tensors each active tape watches, and the operations that
// consumed them, so `gradient` can walk them backwards (micrograd's idea, TF's semantics).
// A tape records only while it is on the `activeTapes` stack (TF pops it for stop_recording()).
import type { OpDef } from './ops/registry.js';
import type { Tensor } from './tensor.js';

export interface TapeEntry {
  op: OpDef<unknown>;
  inputs: readonly Tensor[];
  output: Tensor;
  attrs: unknown;
}

/** What the tape needs to know of a variable (the Python object lives in variable.ts). */
export interface WatchableVariable {
  readonly handleId: number;
  readonly trainable: boolean;
}

export class TapeRecorder {
  /** Ids of tensors (and variable handles) whose uses are recorded. */
  readonly tracked = new Set<number>();
  readonly entries: TapeEntry[] = [];
  /** Watched variables by handle id, for watched_variables(). */
  readonly variables = new Map<number, WatchableVariable>();
  constructor(
    readonly persistent = false,
    readonly watchAccessedVariables = true,
  ) {}

  watchVariable(v: WatchableVariable): void {
    this.tracked.add(v.handleId);
    this.variables.set(v.handleId, v);
  }
}

export const activeTapes: TapeRecorder[] = [];

/** Called by runOp for every differentiable op: records it on each tape watching an input. */
export function recordOperation(op: OpDef<unknown>, inputs: readonly Tensor[], output: Tensor, attrs: unknown): void {
  for (let t = 0; t < activeTapes.length; t++) {
    const tape = activeTapes[t];
    const tracked = tape.tracked;
    for (let i = 0; i < inputs.length; i++) {
      if (tracked.has(inputs[i].id)) {
        tape.entries.push({ op, inputs, output, attrs });
        tracked.add(output.id);
        break;
      }
    }
  }
}

/** Records that `output` was read from variable `v`: tapes that watch it, or that watch accessed
 *  trainable variables, see the read (and start watching the variable, as TF does). */
export function recordVariableRead(v: WatchableVariable, output: Tensor, readOp: OpDef<unknown>): void {
  passTangent(v.handleId, output);  // a read carries the variable's tangent unchanged
  for (let t = 0; t < activeTapes.length; t++) {
    const tape = activeTapes[t];
    if (!tape.tracked.has(v.handleId)) {
      if (!(v.trainable && tape.watchAccessedVariables)) continue;
      tape.watchVariable(v);
    }
    tape.entries.push({ op: readOp, inputs: [{ id: v.handleId } as Tensor], output, attrs: null });
    tape.tracked.add(output.id);
  }
}

/** Sets of variables read while they are open (custom_gradient's VariableWatcher). */
export const variableWatchers: Set<WatchableVariable>[] = [];

/** What the tape hooks need of a tf.autodiff.ForwardAccumulator (autograd/forwardprop.ts): the
 *  tangent of every tensor (or variable handle) it tracks, by id. */
export interface TangentRecorder {
  readonly tangents: Map<number, Tensor>;
}

/** Accumulators inside their `with` block, outermost first. */
export const activeAccumulators: TangentRecorder[] = [];

/** Forward mode through an identity: `output` gets the tangent `sourceId` has in every active
 *  accumulator (variable reads, custom_gradient's output). */
export function passTangent(sourceId: number, output: Tensor): void {
  for (const acc of activeAccumulators) {
    const tangent = acc.tangents.get(sourceId);
    if (tangent !== undefined) acc.tangents.set(output.id, tangent);
  }
}

/** Set by autograd/forwardprop.ts (which needs the op API, so the registry cannot import it):
 *  computes the output tangents of one operation for the active accumulators. */
export const forwardHooks: { operation: ((op: OpDef<unknown>, inputs: readonly Tensor[], output: Tensor, attrs: unknown) => void) | null } = {
  operation: null,
};

/** Everything runOp tells the autodiff machinery about an operation it has just run. */
export function recordForAutodiff(op: OpDef<unknown>, inputs: readonly Tensor[], output: Tensor, attrs: unknown): void {
  if (activeTapes.length !== 0) recordOperation(op, inputs, output, attrs);
  if (activeAccumulators.length !== 0) forwardHooks.operation?.(op, inputs, output, attrs);
}
