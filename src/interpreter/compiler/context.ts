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

  /** The frame's name in tracebacks: `<module>`, the function or class name, `<listcomp>`... */
  get frameName(): string {
    const node = this.scope.node;
    switch (node._type) {
      case 'Module':
        return '<module>';
      case 'Lambda':
        return '<lambda>';
      case 'FunctionDef':
      case 'ClassDef':
        return node.name;
      default:
        return comprehensionNames[node._type];
    }
  }

  child(node: object, qualPrefix: string): CompileContext {
    const scope = this.scopes.get(node);
    if (!scope) throw new Error('resolver did not visit a scope node');
    return new CompileContext(this.scopes, scope, this.filename, qualPrefix, this.moduleName);
  }
}

const comprehensionNames = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' };
