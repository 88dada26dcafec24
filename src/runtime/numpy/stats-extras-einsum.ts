// np.einsum as numpy's C einsum computes it (optimize=False): the iteration space is the output
// labels followed by the summed labels in ASCII order; numpy's nditer orders those axes by the
// operands' strides and merges contiguous ones, and the innermost axis runs one of numpy's
// sum-of-products loops (einsum_sumprod.c.src). Which loop runs decides the summation order (a
// contiguous reduction adds in 2-lane (float64) / 4-lane (float32) SSE accumulators, numpy's
// x86-64-v2 baseline, without FMA), so this file reproduces the axis order and the loop choice.
import { PyValue } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { Ellipsis, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { roundToFloat16 } from '../printing/index.js';
import { NpDType, dtypeArg, promoteTypes } from './dtype.js';
import { NdArray, castValues, makeArray, numElements, wrapResult, writeBack } from './ndarray.js';
import { Operand, operandOrThrow, resultType } from './ufuncs.js';
import { stridesOf } from '../ops/index-map.js';
import { EinsumSpec, parseEinsum } from './stats-extras-einsum-parse.js';
import { checkPathSubscripts, optimizedEinsum } from './stats-extras-einsum-path.js';

type Round = (x: number) => number;
/** numpy's default iterator buffer size (np.getbufsize()). */
const BUFFER_SIZE = 8192;
const same: Round = (x) => x;

/** How one dtype's loops compute: temp rounds the C temporaries (float for float16), store rounds
 *  into the array, lanes is the SIMD width of the float loops (0: the scalar unrolled loops). */
interface Arith { temp: Round; store: Round; lanes: number; bool: boolean }
function arithFor(t: NpDType): Arith {
  if (t.kind === 'b') return { temp: same, store: same, lanes: 0, bool: true };
  if (t.name === 'float64') return { temp: same, store: same, lanes: 2, bool: false };
  if (t.name === 'float32') return { temp: Math.fround, store: Math.fround, lanes: 4, bool: false };
  if (t.kind === 'f') return { temp: Math.fround, store: roundToFloat16, lanes: 0, bool: false };
  return { temp: same, store: same, lanes: 0, bool: false };
}

/** numpy's sum_of_arr: the contiguous sum under a stride-0 output. */
function sumOfArr(ar: Arith, d: ArrayLike<number>, off: number, n: number): number {
  const r = ar.temp;
  if (ar.lanes === 0) {
    let acc = 0;
    let i = 0;
    for (; n - i > 4; i += 4) acc = r(acc + r(r(d[off + i] + d[off + i + 1]) + r(d[off + i + 2] + d[off + i + 3])));
    for (; i < n; i++) acc = r(acc + d[off + i]);
    return acc;
  }
  const L = ar.lanes;
  const v = new Float64Array(L);
  let i = 0;
  for (; n - i >= 4 * L; i += 4 * L) {
    for (let l = 0; l < L; l++) {
      const p = off + i + l;
      v[l] = r(r(r(d[p] + d[p + L]) + r(d[p + 2 * L] + d[p + 3 * L])) + v[l]);
    }
  }
  for (; i < n; i += L) for (let l = 0; l < L; l++) v[l] = r((i + l < n ? d[off + i + l] : 0) + v[l]);
  return L === 2 ? v[0] + v[1] : r(r(v[0] + v[1]) + r(v[2] + v[3]));
}

/** numpy's contig_contig_outstride0_two: a dot product in SIMD lanes, four vectors per step. */
function dotOfArr(ar: Arith, a: ArrayLike<number>, oa: number, b: ArrayLike<number>, ob: number, n: number): number {
  const r = ar.temp;
  if (ar.lanes === 0) {
    let acc = 0;
    let i = 0;
    for (; n - i >= 4; i += 4) {
      const p = [0, 1, 2, 3].map((k) => r(a[oa + i + k] * b[ob + i + k]));
      acc = r(acc + r(r(r(p[0] + p[1]) + p[2]) + p[3]));
    }
    for (; i < n; i++) acc = r(acc + r(a[oa + i] * b[ob + i]));
    return acc;
  }
  const L = ar.lanes;
  const v = new Float64Array(L);
  let i = 0;
  for (; n - i >= 4 * L; i += 4 * L) {
    for (let l = 0; l < L; l++) {
      let acc = v[l];
      for (let k = 3; k >= 0; k--) acc = r(r(a[oa + i + k * L + l] * b[ob + i + k * L + l]) + acc);
      v[l] = acc;
    }
  }
  for (; i < n; i += L) {
    for (let l = 0; l < L; l++) v[l] = r((i + l < n ? r(a[oa + i + l] * b[ob + i + l]) : 0) + v[l]);
  }
  return L === 2 ? v[0] + v[1] : r(r(v[0] + v[1]) + r(v[2] + v[3]));
}

/** Runs the inner loop numpy picks for these fixed strides (in elements; output last) once. */
function innerLoop(ar: Arith, ins: ArrayLike<number>[], out: Float64Array, ptr: number[], st: number[], n: number): void {
  const nop = ins.length;
  const { temp: r, store: s } = ar;
  const so = st[nop];
  if (!ar.bool) {
    if (nop === 1 && st[0] === 1 && so === 0) {
      out[ptr[1]] = s(r(sumOfArr(ar, ins[0], ptr[0], n) + out[ptr[1]]));
      return;
    }
    if (nop === 2) {
      const code = (st[0] === 0 ? 0 : st[0] === 1 ? 4 : 8) + (st[1] === 0 ? 0 : st[1] === 1 ? 2 : 8) + (so === 0 ? 0 : so === 1 ? 1 : 8);
      if (code === 2 || code === 4) {
        const [k, other] = code === 2 ? [1, 0] : [0, 1];
        const sum = sumOfArr(ar, ins[k], ptr[k], n);
        out[ptr[2]] = s(r(out[ptr[2]] + r(ins[other][ptr[other]] * sum)));
        return;
      }
      if (code === 6) {
        out[ptr[2]] = s(r(out[ptr[2]] + dotOfArr(ar, ins[0], ptr[0], ins[1], ptr[1], n)));
        return;
      }
    }
  }
  const product = (p: number[], i: number): number => {
    let x = ins[0][p[0] + i * st[0]];
    for (let k = 1; k < nop; k++) {
      const y = ins[k][p[k] + i * st[k]];
      x = ar.bool ? (x && y ? 1 : 0) : r(x * y);
    }
    return x;
  };
  if (so === 0) {
    let acc = 0;
    for (let i = 0; i < n; i++) acc = ar.bool ? (product(ptr, i) || acc ? 1 : 0) : r(acc + product(ptr, i));
    out[ptr[nop]] = ar.bool ? (acc || out[ptr[nop]] ? 1 : 0) : s(r(acc + out[ptr[nop]]));
    return;
  }
  if (nop === 2 && !ar.bool) {
    // The common elementwise two-operand case (a matmul-like inner loop), written out for speed.
    const [a, b] = ins;
    const [pa, pb, po] = ptr;
    const [sa, sb] = st;
    if (ar.lanes === 2) {
      for (let i = 0; i < n; i++) out[po + i * so] = a[pa + i * sa] * b[pb + i * sb] + out[po + i * so];
    } else {
      for (let i = 0; i < n; i++) out[po + i * so] = s(r(r(a[pa + i * sa] * b[pb + i * sb]) + out[po + i * so]));
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const o = ptr[nop] + i * so;
    out[o] = ar.bool ? (product(ptr, i) || out[o] ? 1 : 0) : s(r(product(ptr, i) + out[o]));
  }
}

const shapeStr = (s: (number | string)[], comma: boolean) => `(${s.join(',')}${comma && s.length === 1 ? ',' : ''})`;

/** nditer's axis order for these per-operand strides (innermost first), as its stable
 *  insertion sort finds it: an axis moves inward past one with larger strides in every operand
 *  that has both nonzero; conflicts keep C order. Axes are given C order (outermost first). */
function bestAxisOrder(strides: number[][]): number[] {
  const nd = strides.length;
  const perm = Array.from({ length: nd }, (_, k) => nd - 1 - k);
  for (let i0 = 1; i0 < nd; i0++) {
    const ax0 = perm[i0];
    let pos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const ax1 = perm[i1];
      let ambig = true;
      let swap = false;
      for (let op = 0; op < strides[ax0].length; op++) {
        const s0 = strides[ax0][op];
        const s1 = strides[ax1][op];
        if (s0 !== 0 && s1 !== 0) {
          if (Math.abs(s1) <= Math.abs(s0)) swap = false;
          else if (ambig) swap = true;
          ambig = false;
        }
      }
      if (!ambig) {
        if (swap) pos = i1;
        else break;
      }
    }
    perm.splice(i0, 1);
    perm.splice(pos, 0, ax0);
  }
  return perm;
}

export function einsumArrays(subscripts: string, operands: Operand[], dtype: NpDType | null): PyValue {
  return wrapResult(einsumCore(parseEinsum(subscripts, operands.map((o) => o.arr.ndim)), operands, dtype));
}

/** c_einsum on parsed subscripts; the result as an array (0-d for a full contraction). */
export function einsumCore(spec: EinsumSpec, operands: Operand[], dtype: NpDType | null): NdArray {
  const nop = operands.length;
  // Every label's extent, checking repeated labels and broadcasting between operands.
  const size = new Map<number, number>();
  spec.inputs.forEach((labels, op) => {
    const shape = operands[op].arr.shape;
    const own = new Map<number, number>();
    labels.forEach((l, ax) => {
      if (own.has(l) && own.get(l) !== shape[ax]) {
        throw valueError(`dimensions in operand ${op} for collapsing index '${String.fromCharCode(l)}' don't match (${own.get(l)} != ${shape[ax]})`);
      }
      own.set(l, shape[ax]);
    });
  });
  const summed = [...new Set(spec.inputs.flat())].filter((l) => !spec.output.includes(l)).sort((x, y) => x - y);
  const iter = [...spec.output, ...summed];
  let broadcastOk = true;
  for (const l of iter) {
    let n = 1;
    spec.inputs.forEach((labels, op) => labels.forEach((x, ax) => {
      if (x !== l) return;
      const d = operands[op].arr.shape[ax];
      if (d !== 1) {
        if (n !== 1 && n !== d) broadcastOk = false;
        n = d;
      }
    }));
    size.set(l, n);
  }
  if (!broadcastOk) {
    const parts = operands.map((o, op) => {
      const mapped = iter.map((l) => {
        const ax = spec.inputs[op].indexOf(l);
        return ax < 0 ? 'newaxis' : o.arr.shape[ax];
      });
      let lead = 0;
      while (lead < mapped.length && mapped[lead] === 'newaxis') lead++;
      return `${shapeStr(o.arr.shape, true)}->${shapeStr(mapped.slice(lead), lead === 0)} `;
    });
    throw valueError(`operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join('')}`);
  }
  const t = dtype ?? resultType(operands);
  // One operand and nothing summed: numpy returns a view (a transpose or a diagonal) in the
  // operand's own dtype, whatever dtype= says.
  const viewOnly = nop === 1 && summed.length === 0;
  const ct = viewOnly ? operands[0].arr.dtype : t;
  const ins = operands.map((o) => (o.arr.dtype === ct ? o.arr.data : castValues(o.arr.data, ct)));
  const dims = iter.map((l) => size.get(l)!);
  // Per iteration axis: each operand's element stride (size-1 axes read as stride 0).
  const opStrides = iter.map((l, d) =>
    spec.inputs.map((labels, op) => {
      if (dims[d] === 1) return 0;
      const st = stridesOf(operands[op].arr.shape);
      let s = 0;
      labels.forEach((x, ax) => { if (x === l && operands[op].arr.shape[ax] !== 1) s += st[ax]; });
      return s;
    }),
  );
  const outShape = spec.output.map((l) => size.get(l)!);
  const total = numElements(dims);
  const out = new Float64Array(numElements(outShape));
  if (total > 0) {
    const order = bestAxisOrder(opStrides);
    // The output is allocated in iteration order; summed axes have stride 0 in it.
    const outStride = new Array<number>(iter.length).fill(0);
    let run = 1;
    for (const d of order) {
      if (d < spec.output.length) {
        outStride[d] = run;
        run *= dims[d];
      }
    }
    const axes = order.map((d) => ({ n: dims[d], st: [...opStrides[d], outStride[d]] }));
    if (axes.length === 0) axes.push({ n: 1, st: new Array<number>(nop + 1).fill(0) });
    // nditer merges neighbouring axes that step through memory as one.
    const merged = [axes[0]];
    for (const ax of axes.slice(1)) {
      const cur = merged[merged.length - 1];
      const ok = cur.st.every((s0, k) => (cur.n === 1 && s0 === 0) || (ax.n === 1 && ax.st[k] === 0) || s0 * cur.n === ax.st[k]);
      if (ok) {
        cur.n *= ax.n;
        cur.st = cur.st.map((s0, k) => (s0 === 0 ? ax.st[k] : s0));
      } else merged.push({ n: ax.n, st: ax.st.slice() });
    }
    const ar = arithFor(ct);
    const inner = merged[0];
    const outer = merged.slice(1);
    const idx = new Array<number>(outer.length).fill(0);
    const ptr = new Array<number>(nop + 1).fill(0);
    for (;;) {
      // The buffered iterator hands the loop at most BUFFER_SIZE elements at a time.
      for (let start = 0; start < inner.n; start += BUFFER_SIZE) {
        const p = ptr.map((x, op) => x + start * inner.st[op]);
        innerLoop(ar, ins, out, p, inner.st, Math.min(BUFFER_SIZE, inner.n - start));
      }
      let k = 0;
      for (; k < outer.length; k++) {
        for (let op = 0; op <= nop; op++) ptr[op] += outer[k].st[op];
        if (++idx[k] < outer[k].n) break;
        for (let op = 0; op <= nop; op++) ptr[op] -= outer[k].st[op] * outer[k].n;
        idx[k] = 0;
      }
      if (k === outer.length) break;
    }
    // Read the result back in C order of the output labels.
    const res = new Float64Array(out.length);
    const cst = stridesOf(outShape);
    for (let i = 0; i < res.length; i++) {
      let off = 0;
      for (let d = 0; d < outShape.length; d++) off += Math.floor(i / cst[d]) % outShape[d] * outStride[d];
      res[i] = out[off];
    }
    return makeArray(ct, outShape, res);
  }
  return makeArray(ct, outShape, out);
}

/** The interleaved form einsum(op0, sublist0, op1, sublist1, ..., [out]): labels 0-51 are the
 *  letters A-Z, a-z, Ellipsis is '...'. Returns the string form's arguments. */
function sublistsToString(args: PyValue[]): PyValue[] {
  const term = (v: PyValue): string => {
    const items = v instanceof PyList || v instanceof PyTuple ? v.items : null;
    if (items === null) throw typeError('each subscript must be either an integer or an ellipsis');
    return items.map((s) => {
      if (s === Ellipsis) return '...';
      if (typeof s !== 'number' && typeof s !== 'bigint' && typeof s !== 'boolean') throw typeError('each subscript must be either an integer or an ellipsis');
      const k = Number(s);
      if (k < 0 || k >= 52) throw valueError('subscript is not within the valid range [0, 52)');
      return String.fromCharCode(k < 26 ? 65 + k : 97 + k - 26);
    }).join('');
  };
  const ops: PyValue[] = [];
  const terms: string[] = [];
  let i = 0;
  for (; i + 1 < args.length; i += 2) {
    ops.push(args[i]);
    terms.push(term(args[i + 1]));
  }
  const out = i < args.length ? `->${term(args[i])}` : '';
  return [terms.join(',') + out, ...ops];
}

/** dtype= converts the operands under casting= (default 'safe'), as numpy's iterator checks. */
function checkCasting(operands: Operand[], dtype: NpDType, casting: string): void {
  const kindRank = (t: NpDType) => ({ b: 0, u: 1, i: 1, f: 2 })[t.kind];
  operands.forEach((o, i) => {
    if (o.weak) return;
    const from = o.arr.dtype;
    const ok = casting === 'unsafe' || from === dtype ||
      (casting === 'same_kind' ? kindRank(from) <= kindRank(dtype) : casting === 'safe' && promoteTypes(from, dtype) === dtype);
    if (!ok) throw typeError(`Iterator operand ${i} dtype could not be cast from dtype('${from.name}') to dtype('${dtype.name}') according to the rule '${casting}'`);
  });
}

export function einsum(args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length === 0 || (args.length === 1 && typeof args[0] === 'string')) {
    throw valueError('must specify the einstein sum subscripts string and at least one operand, or at least one operand and its corresponding subscripts list');
  }
  if (typeof args[0] !== 'string') {
    if (args.length < 2) throw valueError('must provide at least an operand and a subscripts list to einsum');
    args = sublistsToString(args);
  }
  let dtype: NpDType | null = null;
  let optimize = false;
  let casting = 'safe';
  let out: NdArray | null = null;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k === 'dtype') dtype = dtypeArg(v);
      else if (k === 'optimize') optimize = v !== false;
      else if (k === 'casting' && typeof v === 'string') casting = v;
      else if (k === 'out' && v !== null) {
        if (!(v instanceof NdArray)) throw typeError('output must be an array');
        out = v;
      }
      else if (!['optimize', 'order', 'casting', 'out'].includes(k)) throw typeError(`'${k}' is an invalid keyword argument for einsum()`);
    }
  }
  const operands = args.slice(1).map(operandOrThrow);
  if (optimize) checkPathSubscripts(args[0] as string, operands.map((o) => o.arr.shape));
  const spec = parseEinsum(args[0] as string, operands.map((o) => o.arr.ndim));
  // A lone operand with nothing summed becomes a view before any casting is looked at.
  const viewOnly = operands.length === 1 && spec.inputs[0].every((l) => spec.output.includes(l));
  if (dtype !== null && !viewOnly) checkCasting(operands, dtype, casting);
  // optimize= (anything but False): numpy's einsum_path order, pairs through batched matmul.
  const res = optimize && operands.length >= 2 ? optimizedEinsum(spec, operands, dtype, einsumCore) : wrapResult(einsumCore(spec, operands, dtype));
  if (out === null) return res;
  // out=: the result stored into the given array (converted to its dtype), which is returned.
  const r = operandOrThrow(res).arr;
  if (promoteTypes(r.dtype, out.dtype) !== out.dtype) {
    throw typeError(`Iterator requested dtype could not be cast from dtype('${r.dtype.name}') to dtype('${out.dtype.name}'), the operand ${operands.length} dtype, according to the rule 'safe'`);
  }
  if (r.size !== out.size || r.ndim !== out.ndim) throw valueError(`non-broadcastable output operand with shape ${shapeStr(out.shape, true)} doesn't match the broadcast shape ${shapeStr(r.shape, true)}`);
  out.data.set(castValues(r.data, out.dtype));
  writeBack(out);
  return out;
}

