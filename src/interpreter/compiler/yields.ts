// Which statements and expressions of a generator body contain a `yield` (not counting nested
// scopes, whose yields belong to them). Only those are compiled in the resumable (function*) form;
// everything else in a generator keeps the ordinary, faster closures.
import type * as A from '../../../grammar/ast.js';

const cache = new WeakMap<object, boolean>();

const scopeNodes = new Set(['FunctionDef', 'Lambda', 'ClassDef']);
const comprehensionNodes = new Set(['ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

export function containsYield(n: unknown): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(containsYield);
  const cached = cache.get(n);
  if (cached !== undefined) return cached;
  const type = (n as { _type?: string })._type;
  let result: boolean;
  if (type === 'Yield' || type === 'YieldFrom') result = true;
  else if (type !== undefined && scopeNodes.has(type)) {
    // Decorators and defaults run in the enclosing scope.
    const d = n as { decorator_list?: A.Expr[]; args?: A.Arguments; bases?: A.Expr[] };
    result = containsYield(d.decorator_list ?? []) || containsYield(d.bases ?? []) ||
      (d.args ? containsYield(d.args.defaults) || containsYield(d.args.kw_defaults) : false);
  } else if (type !== undefined && comprehensionNodes.has(type)) {
    // Only the first iterable is evaluated in the enclosing scope.
    result = containsYield((n as A.ListComp).generators[0].iter);
  } else {
    result = false;
    for (const v of Object.values(n)) {
      if (v !== null && typeof v === 'object' && containsYield(v)) {
        result = true;
        break;
      }
    }
  }
  cache.set(n, result);
  return result;
}
