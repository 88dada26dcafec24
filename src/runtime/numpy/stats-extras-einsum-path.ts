// np.einsum(..., optimize=True/'greedy'): numpy's einsum_path picks pairwise contractions
// greedily (largest size removed first, then lowest flop count, never above the naive cost or
// the largest operand's size), then runs them in order: each pair through bmm_einsum (matmul),
// anything else through c_einsum. Operands of a step are taken highest position first, as numpy
// pops them, so a pair 'ij,jk' runs as bmm_einsum('jk,ij->ik', b, a).
import type { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import type { EinsumSpec } from './stats-extras-einsum-parse.js';
import { NdArray, wrapResult } from './ndarray.js';
import { NpDType } from './dtype.js';
import { Operand, operandOrThrow } from './ufuncs.js';
import { bmmEinsum } from './stats-extras-einsum-bmm.js';

type Core = (spec: EinsumSpec, operands: Operand[], dtype: NpDType | null) => NdArray;
type Labels = Set<number>;
interface Candidate { sort: [number, number]; pos: [number, number]; sets: Labels[] }

const sizeOf = (labels: Iterable<number>, dims: Map<number, number>) => {
  let n = 1;
  for (const l of labels) n *= dims.get(l)!;
  return n;
};

/** numpy's _find_contraction: the labels kept after contracting `positions`, and the new input list. */
function findContraction(positions: number[], sets: Labels[], output: Labels) {
  const contract = new Set<number>();
  const remain = new Set(output);
  const remaining: Labels[] = [];
  sets.forEach((s, i) => {
    if (positions.includes(i)) for (const l of s) contract.add(l);
    else {
      remaining.push(s);
      for (const l of s) remain.add(l);
    }
  });
  const result = new Set([...contract].filter((l) => remain.has(l)));
  const removed = [...contract].filter((l) => !result.has(l));
  remaining.push(result);
  return { result, remaining, removed, contract };
}

const flops = (contract: Labels, removed: number[], terms: number, dims: Map<number, number>) =>
  sizeOf(contract, dims) * (Math.max(1, terms - 1) + (removed.length ? 1 : 0));

/** numpy's _greedy_path for three or more operands. */
function greedyPath(sets0: Labels[], output: Labels, dims: Map<number, number>, limit: number): number[][] {
  let sets = sets0;
  const all = findContraction(sets.map((_, i) => i), sets, output);
  const naive = flops(all.contract, all.removed, sets.length, dims);
  const tryPair = (pos: [number, number], pathCost: number): Candidate | null => {
    const c = findContraction(pos, sets, output);
    const newSize = sizeOf(c.result, dims);
    if (newSize > limit) return null;
    const removedSize = sizeOf(sets[pos[0]], dims) + sizeOf(sets[pos[1]], dims) - newSize;
    const cost = flops(c.contract, c.removed, 2, dims);
    if (pathCost + cost > naive) return null;
    return { sort: [-removedSize, cost], pos, sets: c.remaining };
  };
  const disjoint = (a: Labels, b: Labels) => ![...a].some((l) => b.has(l));
  let pairs: [number, number][] = [];
  for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) pairs.push([i, j]);
  let known: Candidate[] = [];
  const path: number[][] = [];
  let pathCost = 0;
  const n0 = sets.length;
  for (let it = 0; it < n0 - 1; it++) {
    for (const pos of pairs) {
      if (disjoint(sets[pos[0]], sets[pos[1]])) continue;
      const r = tryPair(pos, pathCost);
      if (r) known.push(r);
    }
    if (known.length === 0) {
      for (let i = 0; i < sets.length; i++) for (let j = i + 1; j < sets.length; j++) {
        const r = tryPair([i, j], pathCost);
        if (r) known.push(r);
      }
      if (known.length === 0) {
        path.push(sets.map((_, i) => i));
        break;
      }
    }
    let best = known[0];
    for (const k of known) if (k.sort[0] < best.sort[0] || (k.sort[0] === best.sort[0] && k.sort[1] < best.sort[1])) best = k;
    // numpy's _update_other_results: drop pairs touching the contracted ones, renumber the rest.
    const [bx, by] = best.pos;
    const next: Candidate[] = [];
    for (const k of known) {
      const [x, y] = k.pos;
      if (x === bx || x === by || y === bx || y === by) continue;
      const cs = k.sets.slice();
      cs.splice(by - Number(by > x) - Number(by > y), 1);
      cs.splice(bx - Number(bx > x) - Number(bx > y), 1);
      cs.splice(cs.length - 1, 0, best.sets[best.sets.length - 1]);
      next.push({ sort: k.sort, pos: [x - Number(x > bx) - Number(x > by), y - Number(y > bx) - Number(y > by)], sets: cs });
    }
    known = next;
    sets = best.sets;
    const last = sets.length - 1;
    pairs = Array.from({ length: last }, (_, i) => [i, last] as [number, number]);
    path.push(best.pos);
    pathCost += best.sort[1];
  }
  return path;
}

export function optimizedEinsum(spec: EinsumSpec, ops: Operand[], dtype: NpDType | null, core: Core): PyValue {
  const dims = new Map<number, number>();
  spec.inputs.forEach((labels, op) => labels.forEach((l, ax) => {
    const d = ops[op].arr.shape[ax];
    if (!dims.has(l) || dims.get(l) === 1) dims.set(l, d);
  }));
  let sets = spec.inputs.map((l) => new Set(l));
  const output = new Set(spec.output);
  const indices = new Set(spec.inputs.flat());
  const limit = Math.max(...[...spec.inputs, spec.output].map((t) => sizeOf(t, dims)));
  const n = ops.length;
  const path = n <= 2 || [...indices].every((l) => output.has(l)) ? [ops.map((_, i) => i)] : greedyPath(sets, output, dims, limit);
  const terms = spec.inputs.slice();
  const operands = ops.slice();
  let result: PyValue = null;
  path.forEach((step, k) => {
    const inds = step.slice().sort((x, y) => y - x);
    const c = findContraction(inds, sets, output);
    sets = c.remaining;
    const tmpTerms = inds.map((i) => terms.splice(i, 1)[0]);
    const tmpOps = inds.map((i) => operands.splice(i, 1)[0]);
    const lastStep = k === path.length - 1;
    const out = lastStep ? spec.output : [...c.result].sort((x, y) => dims.get(x)! - dims.get(y)! || x - y);
    const sub: EinsumSpec = { inputs: tmpTerms, output: out };
    result = tmpOps.length === 2 ? bmmEinsum(sub, tmpOps, dtype, core) : wrapResult(core(sub, tmpOps, dtype));
    terms.push(out);
    operands.push(operandOrThrow(result));
  });
  return result;
}

/** The checks numpy's einsum_path (_parse_einsum_input) makes before contracting, with its texts,
 *  which differ from c_einsum's. */
export function checkPathSubscripts(subscripts: string, shapes: number[][]): void {
  const s = subscripts.replace(/ /g, '');
  for (const c of s) if (!'.,->'.includes(c) && !/[A-Za-z]/.test(c)) throw valueError(`Character ${c} is not a valid symbol.`);
  const arrow = s.indexOf('->');
  const inputs = arrow >= 0 ? s.slice(0, arrow) : s;
  if (arrow >= 0) {
    const out = s.slice(arrow + 2);
    for (const c of out) {
      if (c === '.') continue;
      if (out.split(c).length !== 2) throw valueError(`Output character ${c} appeared more than once in the output.`);
      if (!inputs.includes(c)) throw valueError(`Output character ${c} did not appear in the input`);
    }
  }
  const terms = inputs.split(',');
  if (terms.length !== shapes.length) throw valueError('Number of einsum subscripts must be equal to the number of operands.');
  if (s.includes('.')) return;
  const sizes = new Map<string, number>();
  terms.forEach((term, t) => {
    // numpy names the term by indexing the joined subscripts with the operand number.
    if (term.length !== shapes[t].length) throw valueError(`Einstein sum subscript ${inputs[t]} does not contain the correct number of indices for operand ${t}.`);
    [...term].forEach((c, k) => {
      const d = shapes[t][k];
      const prev = sizes.get(c);
      if (prev === undefined || prev === 1) sizes.set(c, d);
      else if (d !== 1 && d !== prev) throw valueError(`Size of label '${c}' for operand ${t} (${prev}) does not match previous terms (${d}).`);
    });
  });
}
