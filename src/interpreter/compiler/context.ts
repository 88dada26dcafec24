// What the compiler knows while compiling one scope.
import type { Scope } from './scope.js';

export class CompileContext {
  constructor(
    readonly scopes: Map<object, Scope>,
    readonly scope: Scope,
    readonly filename: string,
    /** Qualified-name prefix for functions defined here (`outer.<locals>.`). */
    readonly qualPrefix: string,
    /** Module `__name__`, recorded on functions as `__module__`. */
    readonly moduleName: string,
  ) {}

  child(node: object, qualPrefix: string): CompileContext {
    const scope = this.scopes.get(node);
    if (!scope) throw new Error('resolver did not visit a scope node');
    return new CompileContext(this.scopes, scope, this.filename, qualPrefix, this.moduleName);
  }
}
