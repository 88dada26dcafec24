// numpy broadcasting: the result shape of several operands and an element-index walk over it.
import { valueError } from '../../interpreter/objects/exceptions.js';
import { numElements } from './ndarray.js';
import { shapeText } from './shape.js';

export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const j = rank - s.length + i;
      if (s[i] === out[j] || s[i] === 1) continue;
      if (out[j] === 1) out[j] = s[i];
      else {
        throw valueError(`operands could not be broadcast together with shapes ${shapes.map(shapeText).join(' ')} `);
      }
    }
  }
  return out;
}

/** For each element of `outShape` (C order), the flat index into an operand of `shape`. */
export function broadcastIndex(shape: readonly number[], outShape: readonly number[]): Int32Array | null {
  const n = numElements(outShape);
  if (shape.length === outShape.length && shape.every((s, i) => s === outShape[i])) return null;
  const idx = new Int32Array(n);
  const rank = outShape.length;
  const strides = new Array<number>(rank).fill(0);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    const j = rank - shape.length + i;
    strides[j] = shape[i] === 1 ? 0 : s;
    s *= shape[i];
  }
  const counter = new Array<number>(rank).fill(0);
  let offset = 0;
  for (let k = 0; k < n; k++) {
    idx[k] = offset;
    for (let d = rank - 1; d >= 0; d--) {
      counter[d]++;
      offset += strides[d];
      if (counter[d] < outShape[d]) break;
      offset -= strides[d] * counter[d];
      counter[d] = 0;
    }
  }
  return idx;
}
