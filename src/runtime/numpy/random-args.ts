// Argument shapes shared by the Generator methods: `size`, and numpy's np.broadcast check that
// array parameters fit the requested size (with its "shape mismatch" wording).
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import type { NpDType } from './dtype.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NdArray, writeBack } from './ndarray.js';
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

/** numpy's check_output: `out` must be an array of `dtype` whose shape matches `size`. */
export function checkOut(out: PyValue, size: number[] | null, dtype: NpDType): asserts out is NdArray {
  if (!(out instanceof NdArray)) throw valueError('Supplied output array must be contiguous, writable, aligned, and in machine byte-order.');
  if (out.dtype !== dtype) throw typeError(`Supplied output array has the wrong type. Expected ${dtype.name}, got ${out.dtype.name}`);
  if (size !== null && (size.length !== out.ndim || size.some((d, i) => d !== out.shape[i]))) {
    throw valueError('size must match out.shape when used together');
  }
}

/** Draws into a caller's `out` array after numpy's check_output (layout, dtype, size). */
export function fillOut(out: PyValue, size: number[] | null, dtype: NpDType, draw: () => number): PyValue {
  checkOut(out, size, dtype);
  for (let i = 0; i < out.data.length; i++) out.data[i] = draw();
  writeBack(out);
  return out;
}


/**
 * pyParams for a Cython-compiled method: the same binding, but argument-count errors in
 * Cython's words ("takes at least 2 positional arguments (1 given)"). A required argument
 * missing from both the positionals and the keywords counts the arguments before it as given.
 */
export function cyParams(name: string, positional: string[], defaults: Record<string, PyValue> = {}, kwonly: string[] = []) {
  const inner = pyParams(name, positional, defaults, kwonly);
  const nreq = positional.filter((p) => !(p in defaults)).length;
  const max = positional.length;
  const exact = nreq === max;
  const word = (n: number) => (n === 1 ? 'argument' : 'arguments');
  return (args: PyValue[], kwargs: Kwargs): Record<string, PyValue> => {
    if (args.length > max) throw typeError(`${name}() takes ${exact ? 'exactly' : 'at most'} ${max} positional ${word(max)} (${args.length} given)`);
    for (let i = args.length; i < nreq; i++) {
      if (!kwargs?.has(positional[i])) throw typeError(`${name}() takes ${exact ? 'exactly' : 'at least'} ${nreq} positional ${word(nreq)} (${i} given)`);
    }
    return inner(args, kwargs);
  };
}
