// The docstring of a module, class or function body: its first statement, when that is a string
// literal (CPython stores it as `__doc__`; an f-string or a parenthesised concatenation of
// literals folded by the parser counts only when it is a plain str constant).
import type * as A from '../../../grammar/ast.js';

export function docstringOf(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first && first._type === 'Expr' && first.value._type === 'Constant' && first.value.value.kind === 'str') return first.value.value.value;
  return null;
}
