// TF's "Value for attr 'T' of <dtype> is not in the list of allowed values" error, built from the
// op summaries recorded from TensorFlow (math-op-summaries.ts), so every op rejects exactly the
// dtypes TF's registry rejects, with TF's text.
import type { DType } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { cppDtypeName } from './dtype-text.js';
import { OP_SUMMARIES } from './math-op-summaries.js';

const allowedCache = new Map<string, string[]>();

/** The allowed names of attr T ("float", "half", "int32", ...) in TF's order. */
function allowedNames(op: string): string[] | null {
  const summary = OP_SUMMARIES[op];
  if (summary === undefined) return null;
  let names = allowedCache.get(op);
  if (!names) {
    const m = /attr=T:type(?:,default=\w+)?,allowed=\[([^\]]*)\]/.exec(summary);
    const dt = m ? m[1].split(', ') : [];
    names = dt.map((s) => s.replace(/^DT_/, '').toLowerCase());
    allowedCache.set(op, names);
  }
  return names;
}

/** Ops whose inputs are fixed to bool rather than a type attribute. */
const BOOL_OPS = new Set(['LogicalAnd', 'LogicalOr', 'LogicalNot']);

/** Throws TF's error when `dtype` is not in op's allowed list for attr T. */
export function checkAllowedDtype(op: string, dtype: DType): void {
  if (BOOL_OPS.has(op)) {
    if (dtype.name === 'bool') return;
    throw invalidArgument(`cannot compute ${op} as input #0(zero-based) was expected to be a bool tensor but is a ${cppDtypeName(dtype)} tensor`, op);
  }
  const names = allowedNames(op);
  if (names === null) return;
  const cpp = cppDtypeName(dtype);
  if (names.includes(cpp)) return;
  throw invalidArgument(
    `Value for attr 'T' of ${cpp} is not in the list of allowed values: ${names.join(', ')}\n\t; NodeDef: {{node ${op}}}; ${OP_SUMMARIES[op]}`,
    op,
  );
}
