// Assignment, deletion and augmented-assignment targets. The parser reads a target as an ordinary
// expression (Python's grammar is not LL(1) here) and then converts it: ctx becomes Store/Del,
// and anything that cannot be a target is rejected with CPython's message and location.

import type { Expr, ExprContext, Position } from './ast.js';

/** Why a node cannot be a target, as CPython's _PyPegen_get_expr_name names it. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Starred':
      return 'starred';
    case 'Name':
      return 'name';
    case 'List':
      return 'list';
    case 'Tuple':
      return 'tuple';
    case 'Lambda':
      return 'lambda';
    case 'Call':
      return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Slice':
      return 'slice';
  }
}

/** The first node inside `e` that cannot take `ctx`, or null when all of it can. */
export function invalidTarget(e: Expr, ctx: ExprContext): Expr | null {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'Starred':
      return ctx === 'Del' ? e : invalidTarget(e.value, ctx);
    case 'Tuple':
    case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, ctx);
        if (bad !== null) return bad;
      }
      return null;
    default:
      return e;
  }
}

/** Set ctx on a target (already checked with invalidTarget) and everything it unpacks into. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e._type) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    default:
      return;
  }
}

export function positionOf(e: Position): Position {
  return { lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
}
