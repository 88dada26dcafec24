// The grammar layer's public API: Python 3.11 source text → AST (grammar/ast.ts).

export { parseModule } from './parse.js';
export { PythonSyntaxError, type SyntaxErrorKind } from './errors.js';
export type * from './ast.js';
