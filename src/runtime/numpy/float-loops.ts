// Monomorphic loops for the commonest float ufuncs (+ - * / on float32/float64, arrays of the same
// shape or an array and one value). applyBinary's generic loop calls a kernel closure per element,
// a call site shared by every ufunc that V8 cannot inline; writing each op out is ~4x faster, and
// storing into the float32/float64 result rounds exactly as numpy's C loops do.
type Floats = Float32Array | Float64Array;
type Loop = (x: ArrayLike<number>, y: ArrayLike<number>, out: Floats) => void;

// Operand shapes: both full (vv), full op scalar (vs), scalar op full (sv).
const loops: Record<string, { vv: Loop; vs: Loop; sv: Loop }> = {
  add: {
    vv: (x, y, o) => { for (let i = 0; i < o.length; i++) o[i] = x[i] + y[i]; },
    vs: (x, y, o) => { const c = y[0]; for (let i = 0; i < o.length; i++) o[i] = x[i] + c; },
    sv: (x, y, o) => { const c = x[0]; for (let i = 0; i < o.length; i++) o[i] = c + y[i]; },
  },
  subtract: {
    vv: (x, y, o) => { for (let i = 0; i < o.length; i++) o[i] = x[i] - y[i]; },
    vs: (x, y, o) => { const c = y[0]; for (let i = 0; i < o.length; i++) o[i] = x[i] - c; },
    sv: (x, y, o) => { const c = x[0]; for (let i = 0; i < o.length; i++) o[i] = c - y[i]; },
  },
  multiply: {
    vv: (x, y, o) => { for (let i = 0; i < o.length; i++) o[i] = x[i] * y[i]; },
    vs: (x, y, o) => { const c = y[0]; for (let i = 0; i < o.length; i++) o[i] = x[i] * c; },
    sv: (x, y, o) => { const c = x[0]; for (let i = 0; i < o.length; i++) o[i] = c * y[i]; },
  },
  divide: {
    vv: (x, y, o) => { for (let i = 0; i < o.length; i++) o[i] = x[i] / y[i]; },
    vs: (x, y, o) => { const c = y[0]; for (let i = 0; i < o.length; i++) o[i] = x[i] / c; },
    sv: (x, y, o) => { const c = x[0]; for (let i = 0; i < o.length; i++) o[i] = c / y[i]; },
  },
};

/** Fills `out` with `x op y` when the op and operand layout have a written-out loop; false
 *  otherwise (the caller runs the generic loop). `out` must be float32 or float64 storage. */
export function runFloatLoop(ufunc: string, x: ArrayLike<number>, y: ArrayLike<number>, out: Floats): boolean {
  const l = loops[ufunc];
  if (l === undefined) return false;
  const n = out.length;
  if (x.length === n && y.length === n) l.vv(x, y, out);
  else if (x.length === n && y.length === 1) l.vs(x, y, out);
  else if (x.length === 1 && y.length === n) l.sv(x, y, out);
  else return false;
  return true;
}
