// Expressions containing `yield`, compiled to JS generator closures (only inside generator
// bodies). Yield and yield-from suspend; BoolOp and IfExp keep their short-circuiting; any other
// expression evaluates its operands (up to the last one that yields) in resumable form into temps,
// then runs the ordinary compiled closure for the node itself on those temps.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { getIterator } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import type { CompileContext } from './context.js';
import type { Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { PyGenerator, Resume } from './generator.js';
import { newTemp } from './temps.js';
import { asPyException, noteLocation } from './trace.js';
import { containsYield } from './yields.js';

export type GenRun = Generator<PyValue, PyValue, PyValue>;
/** A compiled expression that may suspend: yields values out, returns the expression's value. */
export type GEv = (f: Frame) => GenRun;

export function compileGenExpr(n: A.Expr, ctx: CompileContext): GEv {
  if (!containsYield(n)) {
    const ev = compileExpr(n, ctx);
    return function* (f) {
      return ev(f);
    };
  }
  switch (n._type) {
    case 'Yield':
      return compileYield(n, ctx);
    case 'YieldFrom': {
      const src = compileGenExpr(n.value, ctx);
      return function* (f) {
        const s = yield* src(f);
        return yield* delegate(s, f, n);
      };
    }
    case 'BoolOp': {
      const values = n.values.map((v) => compileGenExpr(v, ctx));
      const isAnd = n.op === 'And';
      return function* (f) {
        let v: PyValue = null;
        for (const ev of values) {
          v = yield* ev(f);
          if (isTruthy(v) !== isAnd) return v;
        }
        return v;
      };
    }
    case 'IfExp': {
      const test = compileGenExpr(n.test, ctx);
      const body = compileGenExpr(n.body, ctx);
      const orelse = compileGenExpr(n.orelse, ctx);
      return function* (f) {
        return isTruthy(yield* test(f)) ? yield* body(f) : yield* orelse(f);
      };
    }
    default: {
      const { pre, node } = splitAtYields(n, ctx);
      const rest = compileExpr(node as A.Expr, ctx);
      return function* (f) {
        yield* pre(f);
        return rest(f);
      };
    }
  }
}

function compileYield(n: A.Yield, ctx: CompileContext): GEv {
  if (n.value === null) {
    return function* () {
      return yield null;
    };
  }
  if (!containsYield(n.value)) {
    const value = compileExpr(n.value, ctx);
    return function* (f) {
      return yield value(f);
    };
  }
  const value = compileGenExpr(n.value, ctx);
  return function* (f) {
    return yield yield* value(f);
  };
}

/** `yield from src`: a generator gets send/throw/close passed through; any other iterable is
 *  simply drained. The result is the sub-generator's return value. */
function* delegate(src: PyValue, f: Frame, pos: A.Position): GenRun {
  if (src instanceof PyGenerator) {
    let how = Resume.Send;
    let arg: PyValue = null;
    for (;;) {
      const v = src.resume(how, arg);
      if (v === undefined) return src.returnValue;
      try {
        arg = yield v;
        how = Resume.Send;
      } catch (e) {
        const pe = asPyException(e);
        if (pe.cls.name === 'GeneratorExit') {
          src.close();
          throw pe;
        }
        how = Resume.Throw;
        arg = pe;
      }
    }
  }
  let it;
  try {
    it = getIterator(src);
  } catch (e) {
    throw noteLocation(e, f, pos);
  }
  for (let x = it.next(); x !== undefined; x = it.next()) yield x;
  return null;
}

interface Operand {
  expr: A.Expr;
  replace: (temp: A.Expr) => void;
}

/** Evaluates, in order, the operands of `n` up to the last one containing a yield into temps;
 *  returns that evaluation and a copy of `n` reading those temps. Works for statements too
 *  (their direct expression fields are the operands). */
export function splitAtYields(n: object, ctx: CompileContext): { pre: (f: Frame) => Generator<PyValue, void, PyValue>; node: object } {
  const copy: Record<string, unknown> = { ...n };
  const operands: Operand[] = [];
  // A lambda or comprehension copy keeps the scope the resolver gave the original node.
  const scope = ctx.scopes.get(n);
  if (scope) ctx.scopes.set(copy, scope);
  for (const [key, value] of Object.entries(n)) {
    if (key === 'generators' && scope) {
      // A comprehension's only operand in the enclosing scope is its first iterable.
      const gens = (value as A.Comprehension[]).slice();
      const first = (gens[0] = { ...gens[0] });
      copy[key] = gens;
      collectOperand(first.iter, (r) => (first.iter = r as A.Expr), operands);
    } else if (scope) {
      continue; // the rest of a scope node runs in its own scope
    } else if (Array.isArray(value)) {
      const arr = value.slice();
      copy[key] = arr;
      arr.forEach((item, i) => collectOperand(item, (r) => (arr[i] = r), operands));
    } else collectOperand(value, (r) => (copy[key] = r), operands);
  }
  operands.sort((a, b) => a.expr.lineno - b.expr.lineno || a.expr.col_offset - b.expr.col_offset);
  let last = -1;
  operands.forEach((o, i) => {
    if (containsYield(o.expr)) last = i;
  });
  const steps = operands.slice(0, last + 1).map((o) => {
    const temp = newTemp(ctx.scope, o.expr);
    o.replace(temp as unknown as A.Expr);
    return { index: temp.index, ev: compileGenExpr(o.expr, ctx) };
  });
  return {
    node: copy,
    pre: function* (f) {
      for (const s of steps) {
        const v = yield* s.ev(f);
        (f.temps ??= [])[s.index] = v;
      }
    },
  };
}

/** Records `value` as an operand if it is an expression that is evaluated (not a target). */
function collectOperand(value: unknown, replace: (r: unknown) => void, out: Operand[]): void {
  if (value === null || typeof value !== 'object' || !('_type' in value)) return;
  const node = value as { _type: string; ctx?: string; value?: A.Expr };
  if (node.ctx === 'Store' || node.ctx === 'Del') return;
  if (node._type === 'Starred' || node._type === 'keyword') {
    // `*x` and `k=x`: the operand is x.
    const copy = { ...node };
    replace(copy);
    collectOperand(node.value, (r) => (copy.value = r as A.Expr), out);
    return;
  }
  if (!isExpression(node._type)) return;
  out.push({ expr: node as A.Expr, replace });
}

const notExpressions = new Set(['comprehension', 'arguments', 'arg', 'withitem', 'ExceptHandler', 'alias', 'keyword']);
function isExpression(type: string): boolean {
  return !notExpressions.has(type) && !statementTypes.has(type);
}
const statementTypes = new Set([
  'FunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign', 'AnnAssign', 'For', 'While', 'If', 'With',
  'Raise', 'Try', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue',
]);
