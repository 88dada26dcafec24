// Argument shapes shared by the Generator methods: `size`, and numpy's np.broadcast check that
// array parameters fit the requested size (with its "shape mismatch" wording).
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { broadcastShapes } from './broadcast.js';
import { shapeArg } from './shape.js';

/** A shape as Python prints the tuple: (2,), (2, 3). */
const shapeText = (s: readonly number[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;

/** A `size` argument: null for None, else a shape (negative dimensions refused as np.empty does). */
export function sizeShape(size: PyValue): number[] | null {
  if (size === null) return null;
  const shape = shapeArg(size);
  if (shape.some((d) => d < 0)) throw valueError('negative dimensions are not allowed');
  return shape;
}

function broadcastsTo(a: readonly number[], b: readonly number[]): number[] | null {
  try {
    return broadcastShapes(a, b);
  } catch {
    return null;
  }
}

/** The shape np.broadcast(*shapes) gives; numpy's message names the first pair of arguments
 *  (by position) that cannot broadcast. */
export function broadcastArgs(shapes: (readonly number[])[]): number[] {
  let joint: number[] = [];
  for (let j = 0; j < shapes.length; j++) {
    const next = broadcastsTo(joint, shapes[j]);
    if (next === null) {
      const i = shapes.findIndex((s, k) => k < j && broadcastsTo(s, shapes[j]) === null);
      throw valueError(`shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${i} with shape ${shapeText(shapes[i])} and arg ${j} with shape ${shapeText(shapes[j])}.`);
    }
    joint = next;
  }
  return joint;
}

/** Parameters broadcast together must fit the requested output size exactly. */
export function checkOutputSize(size: readonly number[], joint: readonly number[]): void {
  if (joint.length !== size.length || joint.some((d, k) => d !== size[k])) {
    throw valueError(`Output size ${shapeText(size)} is not compatible with broadcast dimensions of inputs ${shapeText(joint)}.`);
  }
}
