// tf.einsum and tf.tensordot, lowered to transpose + reshape + (batched) matmul + reduce_sum so
// they use the GEMM kernel and inherit gradients from those ops.
import { valueError } from '../../interpreter/objects/exceptions.js';
import type { Tensor } from '../tensor.js';
import * as api from './api.js';
import { gatherByMap, stridesOf } from './index-map.js';
import { reduce } from './math-composite.js';
import { kernelError } from './shape-errors.js';
import { onednnEnabled } from '../onednn.js';

const prod = (xs: number[]) => xs.reduce((a, b) => a * b, 1);

/** Sums out the labels of `x` that `keep` does not contain; returns the remaining labels. */
function sumOut(x: Tensor, labels: string[], keep: (l: string) => boolean): [Tensor, string[]] {
  const axes = labels.map((l, i) => (keep(l) ? -1 : i)).filter((i) => i >= 0);
  if (!axes.length) return [x, labels];
  return [reduce('Sum', x, axes, false), labels.filter((l) => keep(l))];
}

function permuteTo(x: Tensor, labels: string[], order: string[]): Tensor {
  const perm = order.map((l) => labels.indexOf(l));
  return perm.every((p, i) => p === i) ? x : api.transpose(x, perm);
}

/**
 * Takes the diagonal over repeated labels ('ii->i', 'bii->bi'): one axis per distinct label, at
 * its first position; the repeated dims must agree. Returns x unchanged when no label repeats.
 */
function diagonal(x: Tensor, labels: string[], operandCount: number): [Tensor, string[]] {
  const distinct = [...new Set(labels)];
  if (distinct.length === labels.length) return [x, labels];
  const dims = distinct.map((l) => {
    const first = x.shape[labels.indexOf(l)];
    const bad = labels.findIndex((m, i) => m === l && x.shape[i] !== first);
    if (bad >= 0) {
      throw kernelError('Einsum', `Expected dimension ${first} at axis ${bad} of the input shaped [${x.shape.join(',')}] but got dimension ${x.shape[bad]}`, '', einsumKernel(operandCount));
    }
    return first;
  });
  // Stride of each distinct label in x: the sum of the strides of the axes it names.
  const xStrides = stridesOf(x.shape);
  const step = distinct.map((l) => labels.reduce((acc, m, i) => (m === l ? acc + xStrides[i] : acc), 0));
  const outStrides = stridesOf(dims);
  const map = new Int32Array(prod(dims));
  for (let o = 0; o < map.length; o++) {
    let src = 0;
    for (let k = 0; k < dims.length; k++) src += (Math.floor(o / outStrides[k]) % dims[k]) * step[k];
    map[o] = src;
  }
  return [gatherByMap(x, map, dims), distinct];
}

/** Expands `...` into fresh capital letters covering the dims the named labels leave over. */
function expandEllipsis(spec: string, rank: number, width: number): string[] {
  const fresh = Array.from({ length: width }, (_, i) => String.fromCharCode(65 + i));
  if (!spec.includes('...')) return [...spec];
  const [pre, post] = spec.split('...');
  const n = rank - pre.length - post.length;
  return [...pre, ...fresh.slice(width - n), ...post];
}

/** The Einsum kernel's name in TF's error texts: oneDNN's where TF runs it, specialised by operand count. */
const einsumKernel = (operandCount: number) => `${onednnEnabled() ? '__MklEinsum' : 'Einsum'}_N_${operandCount}`;

/** The kernel's size check (EinsumHelper::ProcessDimensions): every axis a label names, in input
 *  order, has the size of its first one. Ellipsis axes (upper-case stand-ins) broadcast instead. */
function checkLabelSizes(operands: Tensor[], ins: string[][]): void {
  const sizes = new Map<string, number>();
  operands.forEach((x, i) =>
    ins[i].forEach((l, axis) => {
      if (l >= 'A' && l <= 'Z') return;
      const want = sizes.get(l), got = x.shape[axis];
      if (want === undefined) sizes.set(l, got);
      else if (want !== got) {
        throw kernelError('Einsum', `Expected dimension ${want} at axis ${axis} of the input shaped [${x.shape.join(',')}] but got dimension ${got}`, '', einsumKernel(operands.length));
      }
    }),
  );
}

export function einsum(equation: string, operands: Tensor[]): Tensor {
  const eq = equation.replace(/\s/g, '');
  const [lhs, rhs] = eq.includes('->') ? eq.split('->') : [eq, null];
  const specs = lhs.split(',');
  if (specs.length !== operands.length) {
    throw valueError(`Invalid einsum equation '${equation}': expected ${specs.length} operands, got ${operands.length}`);
  }
  if (specs.length > 2) {
    // Contract left to right: the first pair keeps the labels later operands or the output need.
    const mid = pairOutput(specs[0], specs[1], specs.slice(2), rhs);
    const first = einsum(`${specs[0]},${specs[1]}->${mid}`, operands.slice(0, 2));
    return einsum([mid, ...specs.slice(2)].join(',') + (rhs === null ? '' : `->${rhs}`), [first, ...operands.slice(2)]);
  }
  const width = Math.max(0, ...specs.map((s, i) => (s.includes('...') ? operands[i].rank - s.length + 3 : 0)));
  const ins = specs.map((s, i) => expandEllipsis(s, operands[i].rank, width));
  ins.forEach((labels, i) => {
    if (labels.length !== operands[i].rank) {
      throw valueError(`Invalid einsum equation '${equation}': operand ${i} has rank ${operands[i].rank} but the subscripts name ${labels.length} dimensions`);
    }
  });
  let out: string[];
  if (rhs !== null) out = expandEllipsis(rhs, width + rhs.replace('...', '').length, width);
  else {
    const all = ins.flat();
    const ell = Array.from({ length: width }, (_, i) => String.fromCharCode(65 + i));
    out = [...ell, ...[...new Set(all)].filter((l) => !ell.includes(l) && all.indexOf(l) === all.lastIndexOf(l)).sort()];
  }
  checkLabelSizes(operands, ins);
  // Repeated labels within one operand first become a single diagonal axis.
  operands = operands.map((x, i) => {
    const [d, labels] = diagonal(x, ins[i], operands.length);
    ins[i] = labels;
    return d;
  });
  if (operands.length === 1) {
    const [x, labels] = sumOut(operands[0], ins[0], (l) => out.includes(l));
    return permuteTo(x, labels, out);
  }
  let [a, la] = sumOut(operands[0], ins[0], (l) => out.includes(l) || ins[1].includes(l));
  let [b, lb] = sumOut(operands[1], ins[1], (l) => out.includes(l) || ins[0].includes(l));
  const batch = out.filter((l) => la.includes(l) && lb.includes(l));
  const contract = la.filter((l) => lb.includes(l) && !out.includes(l));
  const freeA = la.filter((l) => !lb.includes(l));
  const freeB = lb.filter((l) => !la.includes(l));
  // Sizes by label, read before the transposes below reorder a's and b's axes.
  const sizes = new Map<string, number>([...lb.map((l, i) => [l, b.shape[i]] as const), ...la.map((l, i) => [l, a.shape[i]] as const)]);
  const dim = (l: string) => sizes.get(l) as number;
  for (const l of [...batch, ...contract]) {
    if (a.shape[la.indexOf(l)] !== b.shape[lb.indexOf(l)]) {
      throw valueError(`Dimension mismatch for subscript '${l}' in einsum '${equation}': ${a.shape[la.indexOf(l)]} vs ${b.shape[lb.indexOf(l)]}`);
    }
  }
  a = permuteTo(a, la, [...batch, ...freeA, ...contract]);
  b = permuteTo(b, lb, [...batch, ...contract, ...freeB]);
  const B = batch.map(dim), Mdims = freeA.map(dim), Ndims = freeB.map(dim), K = prod(contract.map(dim));
  // At least one batch axis: TF's Einsum kernel multiplies with BatchMatMul, whose sums (and its
  // gradients') run in k order, where a rank-2 MatMul of a few rows sums otherwise (matmul.cc).
  const batchShape = B.length ? B : [1];
  a = api.reshape(a, [...batchShape, prod(Mdims), K]);
  b = api.reshape(b, [...batchShape, K, prod(Ndims)]);
  const c = api.reshape(api.matmul(a, b), [...B, ...Mdims, ...Ndims]);
  la = [...batch, ...freeA, ...freeB];
  return permuteTo(c, la, out);
}

/** Output labels of the first pair in a chain: what later operands or the output still need. */
function pairOutput(a: string, b: string, rest: string[], rhs: string | null): string {
  const later = rest.join('') + (rhs ?? '');
  const labels = [...new Set([...a, ...b])];
  return labels.filter((l) => later.includes(l) || (rhs === null && (a + b).indexOf(l) === (a + b).lastIndexOf(l))).join('');
}

export function tensordot(a: Tensor, b: Tensor, axesA: number[], axesB: number[]): Tensor {
  const na = axesA.map((x) => (x < 0 ? x + a.rank : x));
  const nb = axesB.map((x) => (x < 0 ? x + b.rank : x));
  if (na.length !== nb.length) throw valueError(`Different number of contraction axes \`a\` and \`b\`, ${na.length} != ${nb.length}.`);
  const freeA = a.shape.map((_, i) => i).filter((i) => !na.includes(i));
  const freeB = b.shape.map((_, i) => i).filter((i) => !nb.includes(i));
  // Each side is flattened by its own contracted sizes: where they differ, the MatMul reports it,
  // with the flattened shapes, as in TF.
  const at = api.reshape(api.transpose(a, [...freeA, ...na]), [prod(freeA.map((i) => a.shape[i])), prod(na.map((i) => a.shape[i]))]);
  const bt = api.reshape(api.transpose(b, [...nb, ...freeB]), [prod(nb.map((i) => b.shape[i])), prod(freeB.map((i) => b.shape[i]))]);
  return api.reshape(api.matmul(at, bt), [...freeA.map((i) => a.shape[i]), ...freeB.map((i) => b.shape[i])]);
}
