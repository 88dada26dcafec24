// Where each Python-facing math function lives: tf, tf.math, tf.linalg, tf.nn (TF 2.21's namespaces,
// checked against the oracle), and the Fn type the tables share.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';

export type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
export type Namespace = 'tf' | 'math' | 'linalg' | 'nn';

export interface Entry {
  name: string;
  fn: Fn;
  where: Namespace[];
}

export const BOTH: Namespace[] = ['tf', 'math'];
export const MATH: Namespace[] = ['math'];
