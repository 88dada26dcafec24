// np.einsum's subscripts string: operand labels (with '...' broadcast dimensions), the output
// labels (explicit after '->' or numpy's implicit alphabetical choice), with numpy's error texts.
import { valueError } from '../../interpreter/objects/exceptions.js';

/** Labels are char codes; an ellipsis dimension k (counted from the right) is the label -(k+1). */
export interface EinsumSpec {
  inputs: number[][];
  output: number[];
}

const isLetter = (c: string) => /^[A-Za-z]$/.test(c);
const bad = (c: string) => valueError(`invalid subscript '${c}' in einstein sum subscripts string, subscripts must be letters`);

/** One operand's (or the output's) letters with the position of its ellipsis (-1: none). */
function scanTerm(term: string, where: string): { letters: number[]; ellipsisAt: number } {
  const letters: number[] = [];
  let ellipsisAt = -1;
  for (let i = 0; i < term.length; i++) {
    const c = term[i];
    if (c === ' ') continue;
    if (c === '.') {
      if (ellipsisAt >= 0 || term.slice(i, i + 3) !== '...') {
        throw valueError(`einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in ${where}`);
      }
      ellipsisAt = letters.length;
      i += 2;
    } else if (isLetter(c)) letters.push(c.charCodeAt(0));
    else throw bad(c);
  }
  return { letters, ellipsisAt };
}

/** Parses `subscripts` for operands of the given ranks. */
export function parseEinsum(subscripts: string, ranks: number[]): EinsumSpec {
  const arrow = subscripts.indexOf('->');
  const lhs = arrow >= 0 ? subscripts.slice(0, arrow) : subscripts;
  const terms = lhs.split(',');
  for (let i = 0; i < lhs.length; i++) {
    if (lhs[i] === '-' || lhs[i] === '>') {
      if (arrow < 0) throw valueError("einstein sum subscript string does not contain proper '->' output specified");
      throw bad(lhs[i]);
    }
  }
  if (terms.length > ranks.length) throw valueError('more operands provided to einstein sum function than specified in the subscripts string');
  if (terms.length < ranks.length) throw valueError('fewer operands provided to einstein sum function than specified in the subscripts string');
  let broadcastDims = 0;
  const inputs = terms.map((term, op) => {
    const { letters, ellipsisAt } = scanTerm(term, `operand ${op}`);
    const nd = ranks[op];
    if (letters.length > nd) throw valueError(`einstein sum subscripts string contains too many subscripts for operand ${op}`);
    if (ellipsisAt < 0) {
      if (letters.length < nd) throw valueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
      return letters;
    }
    const extra = nd - letters.length;
    broadcastDims = Math.max(broadcastDims, extra);
    const ell = Array.from({ length: extra }, (_, k) => -(extra - k));
    return [...letters.slice(0, ellipsisAt), ...ell, ...letters.slice(ellipsisAt)];
  });
  const ellipsis = Array.from({ length: broadcastDims }, (_, k) => -(broadcastDims - k));
  if (arrow < 0) {
    // Implicit output: broadcast dimensions, then the labels used once, in ASCII order.
    const counts = new Map<number, number>();
    for (const labels of inputs) for (const l of labels) if (l > 0) counts.set(l, (counts.get(l) ?? 0) + 1);
    const once = [...counts.entries()].filter(([, n]) => n === 1).map(([l]) => l).sort((x, y) => x - y);
    return { inputs, output: [...ellipsis, ...once] };
  }
  const rhs = subscripts.slice(arrow + 2);
  if (rhs.includes('->')) throw bad('-');
  for (const c of rhs) if (c === '-' || c === '>') throw bad(c);
  const { letters, ellipsisAt } = scanTerm(rhs, 'the output');
  const seen = new Set<number>();
  for (const l of letters) {
    if (seen.has(l)) throw valueError(`einstein sum subscripts string includes output subscript '${String.fromCharCode(l)}' multiple times`);
    seen.add(l);
    if (!inputs.some((labels) => labels.includes(l))) {
      throw valueError(`einstein sum subscripts string included output subscript '${String.fromCharCode(l)}' which never appeared in an input`);
    }
  }
  if (ellipsisAt < 0 && broadcastDims > 0) {
    throw valueError("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
  }
  const output = ellipsisAt < 0 ? letters : [...letters.slice(0, ellipsisAt), ...ellipsis, ...letters.slice(ellipsisAt)];
  return { inputs, output };
}
