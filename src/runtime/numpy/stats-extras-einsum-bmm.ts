// np.einsum(..., optimize=True) for two operands: numpy's bmm_einsum sorts the labels into batch,
// kept and contracted groups, lets c_einsum transpose (or take diagonals of) each operand into
// (batch, kept, contracted) order, reshapes, and multiplies with matmul (BLAS); without a
// contracted label it is a broadcast multiply instead.
import type { EinsumSpec } from './stats-extras-einsum-parse.js';
import type { PyValue } from '../../interpreter/objects/core.js';
import { NdArray, wrapResult } from './ndarray.js';
import { NpDType } from './dtype.js';
import { Operand, applyBinary, multiply } from './ufuncs.js';
import { matmulArrays } from './linalg.js';
import * as S from './shape.js';

type Core = (spec: EinsumSpec, operands: Operand[], dtype: NpDType | null) => NdArray;
const prod = (xs: number[]) => xs.reduce((p, x) => p * x, 1);
const sameLabels = (x: number[], y: number[]) => x.length === y.length && x.every((l, i) => l === y[i]);

/** The result as numpy returns it: matmul's reshaped array stays an array even when 0-d. */
export function bmmEinsum(spec: EinsumSpec, ops: Operand[], dtype: NpDType | null, core: Core): PyValue {
  const [aTerm, bTerm] = spec.inputs;
  const out = spec.output;
  const [shapeA, shapeB] = [ops[0].arr.shape, ops[1].arr.shape];
  const sizes = new Map<number, number>();
  const singletons = new Set<number>();
  const left: number[] = [];
  aTerm.forEach((ix, k) => {
    const d = shapeA[k];
    if (d === 1) { singletons.add(ix); return; }
    if (!sizes.has(ix)) sizes.set(ix, d);
    if (!left.includes(ix)) left.push(ix);
  });
  const right: number[] = [];
  bTerm.forEach((ix, k) => {
    const d = shapeB[k];
    if (d === 1) { if (!left.includes(ix)) singletons.add(ix); return; }
    singletons.delete(ix);
    if (!sizes.has(ix)) sizes.set(ix, d);
    if (!right.includes(ix)) right.push(ix);
  });
  const bat: number[] = [];
  const con: number[] = [];
  const aKeep: number[] = [];
  const bKeep: number[] = [];
  for (const ix of left) {
    const k = right.indexOf(ix);
    if (k >= 0) {
      right.splice(k, 1);
      (out.includes(ix) ? bat : con).push(ix);
    } else if (out.includes(ix)) aKeep.push(ix);
  }
  for (const ix of right) if (out.includes(ix)) bKeep.push(ix);
  const prepare = (op: Operand, term: number[], desired: number[]): NdArray =>
    sameLabels(term, desired) && dtype === null ? op.arr : core({ inputs: [term], output: desired }, [op], dtype);
  const size = (ix: number) => sizes.get(ix) ?? 1;
  if (con.length === 0) {
    // Pure multiplication: each operand laid out in output order, 1 where it lacks a label.
    const desA = out.filter((ix) => aTerm.includes(ix));
    const desB = out.filter((ix) => bTerm.includes(ix));
    const a = S.reshape(prepare(ops[0], aTerm, desA), out.map((ix) => (aTerm.includes(ix) ? shapeA[aTerm.indexOf(ix)] : 1)));
    const b = S.reshape(prepare(ops[1], bTerm, desB), out.map((ix) => (bTerm.includes(ix) ? shapeB[bTerm.indexOf(ix)] : 1)));
    return wrapResult(applyBinary(multiply, { arr: a, weak: null, py: a }, { arr: b, weak: null, py: b }));
  }
  const single = out.filter((ix) => singletons.has(ix));
  let a = prepare(ops[0], aTerm, [...bat, ...aKeep, ...con]);
  let b = prepare(ops[1], bTerm, [...bat, ...con, ...bKeep]);
  const lg = bat.length ? [bat, aKeep, con] : [aKeep, con];
  const rg = bat.length ? [bat, con, bKeep] : [con, bKeep];
  const og = bat.length ? [bat, aKeep, bKeep] : [aKeep, bKeep];
  if (lg.some((g) => g.length !== 1)) a = S.reshape(a, lg.map((g) => prod(g.map(size))));
  if (rg.some((g) => g.length !== 1)) b = S.reshape(b, rg.map((g) => prod(g.map(size))));
  let ab = matmulArrays(a, b);
  if (og.some((g) => g.length !== 1) || single.length) ab = S.reshape(ab, [...single.map(() => 1), ...og.flat().map(size)]);
  const produced = [...single, ...bat, ...aKeep, ...bKeep];
  if (!sameLabels(produced, out)) ab = S.transpose(ab, out.map((ix) => produced.indexOf(ix)));
  return ab;
}
