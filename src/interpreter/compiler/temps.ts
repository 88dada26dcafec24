// A placeholder expression: "the value a generator already computed into temp slot `index`".
// Expressions containing `yield` are split: the parts up to the yields are evaluated in resumable
// form into temps, then the rest is compiled as an ordinary closure that reads the temps.
import type { Position } from '../../../grammar/ast.js';
import type { Scope } from './scope.js';

export interface TempExpr extends Position {
  _type: 'Temp';
  index: number;
}

const counters = new WeakMap<Scope, number>();

/** A fresh temp slot in the frames of `scope`. */
export function newTemp(scope: Scope, pos: Position): TempExpr {
  const index = counters.get(scope) ?? 0;
  counters.set(scope, index + 1);
  return { _type: 'Temp', index, lineno: pos.lineno, col_offset: pos.col_offset, end_lineno: pos.end_lineno, end_col_offset: pos.end_col_offset };
}
