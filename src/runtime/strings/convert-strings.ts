// Python str/bytes values → string tensors, with TF's conversion errors (texts from TF 2.21).
// convert.ts flattens nested lists; the leaves that are byte strings come here.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyBytes } from '../../interpreter/objects/bytes.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { repr } from '../../interpreter/ops/text.js';
import { DType, dtypes } from '../dtypes.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import type { Tensor } from '../tensor.js';
import { utf8, StringTensor } from './string-tensor.js';

export const isStringLeaf = (v: PyValue): v is string | PyBytes => typeof v === 'string' || v instanceof PyBytes;

export const stringLeaf = (v: string | PyBytes): Uint8Array => (typeof v === 'string' ? utf8(v) : v.data);

/** The tensor for flattened leaves of which some are byte strings, or whose requested dtype is
 *  string. `kinds` names the leaf kinds seen ('string', 'int', 'float', 'bool'). */
export function stringTensorFromLeaves(
  leaves: readonly unknown[],
  kinds: ReadonlySet<string>,
  shape: readonly number[],
  dtype: DType | null,
  original: PyValue,
): Tensor {
  if (kinds.has('string') && kinds.size > 1) throw valueError("Can't convert Python sequence with mixed types to Tensor.");
  const target = dtype ?? dtypes.string;
  if (target !== dtypes.string || (kinds.size > 0 && !kinds.has('string'))) {
    throw typeError(`Cannot convert ${repr(original)} to EagerTensor of dtype ${cppDtypeName(target)}`);
  }
  return new StringTensor(leaves as Uint8Array[], shape);
}
