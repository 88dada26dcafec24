// tf.case as TF 2.21 runs it eagerly (control_flow_case.case_v2): the (predicate, callable) pairs
// are checked, then tried in order like nested tf.cond calls. Without a default the last pair
// becomes the default, guarded by an Assert that its predicate holds; exclusive=True first asserts
// that at most one of the (remaining) predicates is true. Assert failures carry TF's texts.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { attributeError, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { formatValue } from '../../interpreter/ops/format.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { call } from '../../interpreter/ops/call.js';
import { isCallable } from '../../interpreter/builtins/functions.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { stack } from '../ops/shape-layout.js';
import * as api from '../ops/api.js';
import { assertFailure } from './debugging-summary.js';
import type { Fn } from './shape-args.js';

const P = pyParams('case', ['pred_fn_pairs', 'default', 'exclusive', 'strict', 'name'], { default: null, exclusive: false, strict: false, name: 'case' });

/** What TF raises where it reads `pred.name` of an eager tensor. */
const eagerNameError = (t: Tensor) => attributeError('Tensor.name is undefined when eager execution is enabled.', t, 'name');

/** _case_verify_and_canonicalize_args: the pairs as [predicate, callable] lists. */
function checkedPairs(arg: PyValue, exclusive: boolean): [Tensor, PyValue][] {
  let entries: readonly PyValue[];
  if (arg instanceof PyDict) {
    if (!exclusive) throw valueError('Unordered dictionaries are not supported for the `pred_fn_pairs` argument when `exclusive=False` and eager mode is enabled.');
    entries = [...arg.storage.entries()].map(([k, v]) => new PyTuple([k, v]));
  } else if (arg instanceof PyList || arg instanceof PyTuple) {
    entries = arg.items;
  } else {
    throw typeError(`'pred_fn_pairs' must be a list, tuple, or dict. Received: ${repr(typeOf(arg))}`);
  }
  const pairs = entries.map((entry): [Tensor, PyValue] => {
    if (!(entry instanceof PyTuple) || entry.items.length !== 2) throw typeError(`Each entry in 'pred_fn_pairs' must be a 2-tuple. Received ${formatValue(entry, '')}.`);
    const [pred, fn] = entry.items;
    if (!(pred instanceof Tensor)) throw typeError(`pred must be a Tensor, got: ${str(pred)}`);
    if (pred.dtype !== dtypes.bool || !isCallable(fn)) throw eagerNameError(pred);
    return [pred, fn];
  });
  if (pairs.length === 0) throw valueError('not enough values to unpack (expected 2, got 0)');
  return pairs;
}

const holds = (pred: Tensor) => isTruthy(pred);

function caseV2(p: Record<string, PyValue>): PyValue {
  const exclusive = isTruthy(p.exclusive);
  const pairs = checkedPairs(p.pred_fn_pairs, exclusive);
  const all = pairs.map(([pred]) => pred);
  let tried = pairs;
  let fallback: () => PyValue;
  if (p.default === null) {
    // _case_create_default_action: the last pair runs when no other predicate holds, and asserts
    // that its own does.
    const [lastPred, lastFn] = pairs[pairs.length - 1];
    tried = pairs.slice(0, -1);
    fallback = () => {
      if (!holds(lastPred)) throw assertFailure(lastPred, ['Input error: None of conditions evaluated as True:', stack(all, 0)], 3);
      return call(lastFn, [], null);
    };
  } else {
    const chosen = p.default;
    fallback = () => call(chosen, [], null);
  }
  if (exclusive && tried.filter(([pred]) => holds(pred)).length > 1) {
    const names = tried.map(() => '?').join(', ');
    const preds = stack(
      tried.map(([pred]) => pred),
      0,
    );
    const message = `Input error: exclusive=True: more than 1 conditions (${names}) evaluated as True:`;
    throw assertFailure(api.fill([], dtypes.bool, false), [message, preds], tried.length);
  }
  for (const [pred, fn] of tried) if (holds(pred)) return call(fn, [], null);
  return fallback();
}

export const caseFns: Record<string, Fn> = {
  case: (a, k) => caseV2(P(a, k)),
};
