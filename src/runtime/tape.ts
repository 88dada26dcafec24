// GradientTape's recording: which tensors each active tape watches, and the operations that
// consumed them, so `gradient` can walk them backwards (micrograd's idea, TF's semantics).
import type { OpDef } from './ops/registry.js';
import type { Tensor } from './tensor.js';

export interface TapeEntry {
  op: OpDef<unknown>;
  inputs: readonly Tensor[];
  output: Tensor;
  attrs: unknown;
}

export class TapeRecorder {
  /** Ids of tensors (and variable handles) whose uses are recorded. */
  readonly tracked = new Set<number>();
  readonly entries: TapeEntry[] = [];
  recording = true;
}

export const activeTapes: TapeRecorder[] = [];

export function recordOperation(op: OpDef<unknown>, inputs: readonly Tensor[], output: Tensor, attrs: unknown): void {
  for (let t = 0; t < activeTapes.length; t++) {
    const tape = activeTapes[t];
    if (!tape.recording) continue;
    for (let i = 0; i < inputs.length; i++) {
      if (tape.tracked.has(inputs[i].id)) {
        tape.entries.push({ op, inputs, output, attrs });
        tape.tracked.add(output.id);
        break;
      }
    }
  }
}

/** Records that `output` was read from the variable whose handle id is `handleId`. */
export function recordVariableRead(handleId: number, output: Tensor, readOp: OpDef<unknown>, watchAccessed: (tape: TapeRecorder) => boolean): void {
  for (const tape of activeTapes) {
    if (!tape.recording) continue;
    if (!tape.tracked.has(handleId) && !watchAccessed(tape)) continue;
    tape.tracked.add(handleId);
    tape.entries.push({ op: readOp, inputs: [{ id: handleId } as Tensor], output, attrs: null });
    tape.tracked.add(output.id);
  }
}
