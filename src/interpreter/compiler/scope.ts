// The resolver pass: before anything runs, decide for every name in every scope whether it is a
// local (a frame slot), a cell (a local captured by an inner function), a free variable (read
// through the closure) or a global (module dict, then builtins) — Python's LEGB rule, with
// `global` and `nonlocal`. Execution then never searches for a name by walking scopes.
import type * as A from '../../../grammar/ast.js';
import { PythonSyntaxError } from '../../../grammar/errors.js';

export type Resolution =
  | { kind: 'local'; slot: number }
  | { kind: 'cell'; slot: number }
  | { kind: 'free'; index: number }
  | { kind: 'global' };

type ScopeNode = A.Module | A.FunctionDef | A.Lambda | A.ClassDef | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export class Scope {
  readonly children: Scope[] = [];
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly params: string[] = [];
  /** Locals captured by inner scopes. */
  readonly cells = new Set<string>();
  /** Free variables, in closure order. */
  readonly free: string[] = [];
  /** Slot of each local or cell variable; parameters first, in order. */
  readonly slots = new Map<string, number>();
  private readonly resolved = new Map<string, Resolution>();
  hasYield = false;

  constructor(
    readonly kind: 'module' | 'function' | 'class' | 'comprehension',
    readonly parent: Scope | null,
    readonly node: ScopeNode,
  ) {}

  isLocal(name: string): boolean {
    if (this.kind === 'module') return false;
    return !this.globals.has(name) && !this.nonlocals.has(name) && (this.bound.has(name) || this.params.includes(name));
  }

  resolve(name: string): Resolution {
    const cached = this.resolved.get(name);
    if (cached) return cached;
    let r: Resolution;
    if (this.kind === 'module' || this.globals.has(name)) r = { kind: 'global' };
    else if (this.kind === 'class') r = name === '__class__' && this.cells.has(name) ? { kind: 'cell', slot: 0 } : this.isLocal(name) ? { kind: 'global' } : this.freeOrGlobal(name);
    else if (this.isLocal(name)) r = this.cells.has(name) ? { kind: 'cell', slot: this.slots.get(name)! } : { kind: 'local', slot: this.slots.get(name)! };
    else r = this.freeOrGlobal(name);
    this.resolved.set(name, r);
    return r;
  }

  /** Where a closure built in this scope takes `name`'s cell from. A class scope may bind the name
   *  itself (its namespace) yet pass an enclosing function's cell through to its methods. */
  closureSource(name: string): Resolution {
    if (this.kind !== 'class') return this.resolve(name);
    if (name === '__class__' && this.cells.has(name)) return { kind: 'cell', slot: 0 };
    return this.freeOrGlobal(name);
  }

  private freeOrGlobal(name: string): Resolution {
    const idx = this.free.indexOf(name);
    return idx >= 0 ? { kind: 'free', index: idx } : { kind: 'global' };
  }

  get nslots(): number {
    return this.slots.size;
  }
}

/** Analyses a module and every scope inside it; returns the module scope and a node → scope map. */
export function analyze(module: A.Module | { _type: 'Module'; body: A.Stmt[] }): Map<object, Scope> {
  const scopes = new Map<object, Scope>();
  const root = new Scope('module', null, module as A.Module);
  scopes.set(module, root);
  const collector = new Collector(scopes);
  collector.block(module.body, root);
  for (const scope of scopes.values()) if (scope.kind !== 'module') resolveFree(scope);
  for (const scope of scopes.values()) assignSlots(scope);
  return scopes;
}

/** Walks statements and expressions, recording bindings, uses and nested scopes. */
class Collector {
  constructor(private readonly scopes: Map<object, Scope>) {}

  block(stmts: A.Stmt[], s: Scope): void {
    for (const st of stmts) this.node(st, s);
  }

  private newScope(kind: Scope['kind'], parent: Scope, node: ScopeNode): Scope {
    const scope = new Scope(kind, parent, node);
    parent.children.push(scope);
    this.scopes.set(node, scope);
    return scope;
  }

  private params(args: A.Arguments, inner: Scope, outer: Scope): void {
    for (const d of args.defaults) this.node(d, outer);
    for (const d of args.kw_defaults) if (d) this.node(d, outer);
    const all = [...args.posonlyargs, ...args.args];
    if (args.vararg) all.push(args.vararg);
    all.push(...args.kwonlyargs);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) {
      inner.params.push(a.arg);
      if (a.annotation) this.node(a.annotation, outer);
    }
  }

  private bind(name: string, s: Scope): void {
    s.bound.add(name);
  }

  private target(t: A.Expr, s: Scope): void {
    switch (t._type) {
      case 'Name':
        this.bind(t.id, s);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, s);
        return;
      case 'Starred':
        this.target(t.value, s);
        return;
      default:
        this.node(t, s);
    }
  }

  private comprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope): void {
    // The first iterable is evaluated in the enclosing scope; the rest runs in its own scope.
    this.node(node.generators[0].iter, s);
    const inner = this.newScope('comprehension', s, node);
    node.generators.forEach((g, i) => {
      if (i > 0) this.node(g.iter, inner);
      this.target(g.target, inner);
      for (const cond of g.ifs) this.node(cond, inner);
    });
    if (node._type === 'DictComp') {
      this.node(node.key, inner);
      this.node(node.value, inner);
    } else this.node(node.elt, inner);
    if (node._type === 'GeneratorExp') inner.hasYield = true;
  }

  node(n: A.AnyNode | A.Comprehension | A.Keyword | A.WithItem | A.ExceptHandler | A.Alias, s: Scope): void {
    switch (n._type) {
      case 'FunctionDef': {
        for (const d of n.decorator_list) this.node(d, s);
        if (n.returns) this.node(n.returns, s);
        const inner = this.newScope('function', s, n);
        this.params(n.args, inner, s);
        this.block(n.body, inner);
        this.bind(n.name, s);
        return;
      }
      case 'Lambda': {
        const inner = this.newScope('function', s, n);
        this.params(n.args, inner, s);
        this.node(n.body, inner);
        return;
      }
      case 'ClassDef': {
        for (const d of n.decorator_list) this.node(d, s);
        for (const b of n.bases) this.node(b, s);
        for (const k of n.keywords) this.node(k.value, s);
        const inner = this.newScope('class', s, n);
        this.block(n.body, inner);
        this.bind(n.name, s);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(n, s);
        return;
      case 'Global':
      case 'Nonlocal':
        for (const name of n.names) {
          if (s.used.has(name) || s.bound.has(name)) {
            const what = s.used.has(name) ? 'used' : 'assigned to';
            throw new PythonSyntaxError('SyntaxError', `name '${name}' is ${what} prior to ${n._type.toLowerCase()} declaration`, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, '');
          }
          if (n._type === 'Nonlocal' && s.kind === 'module') {
            throw new PythonSyntaxError('SyntaxError', 'nonlocal declaration not allowed at module level', n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, '');
          }
          (n._type === 'Global' ? s.globals : s.nonlocals).add(name);
        }
        return;
      case 'Name':
        if (n.ctx === 'Load') s.used.add(n.id);
        else this.bind(n.id, s);
        return;
      case 'Assign':
        for (const t of n.targets) this.target(t, s);
        this.node(n.value, s);
        return;
      case 'AugAssign':
        if (n.target._type === 'Name') s.used.add(n.target.id);
        this.target(n.target, s);
        this.node(n.value, s);
        return;
      case 'AnnAssign':
        this.target(n.target, s);
        if (n.value) this.node(n.value, s);
        // Only module and class bodies evaluate variable annotations (see annotations.ts).
        if (s.kind === 'module' || s.kind === 'class') this.node(n.annotation, s);
        return;
      case 'For':
        this.target(n.target, s);
        this.node(n.iter, s);
        this.block(n.body, s);
        this.block(n.orelse, s);
        return;
      case 'withitem':
        this.node(n.context_expr, s);
        if (n.optional_vars) this.target(n.optional_vars, s);
        return;
      case 'ExceptHandler':
        if (n.type) this.node(n.type, s);
        if (n.name) this.bind(n.name, s);
        this.block(n.body, s);
        return;
      case 'Import':
        for (const a of n.names) this.bind(a.asname ?? a.name.split('.')[0], s);
        return;
      case 'ImportFrom':
        for (const a of n.names) if (a.name !== '*') this.bind(a.asname ?? a.name, s);
        return;
      case 'NamedExpr': {
        // The walrus binds in the nearest enclosing non-comprehension scope.
        let target = s;
        while (target.kind === 'comprehension' && target.parent) target = target.parent;
        this.bind(n.target.id, target);
        if (target !== s) s.nonlocals.add(n.target.id);
        this.node(n.value, s);
        return;
      }
      case 'Yield':
      case 'YieldFrom':
        s.hasYield = true;
        if (n.value) this.node(n.value, s);
        return;
      case 'Delete':
        for (const t of n.targets) this.target(t, s);
        return;
      case 'Call':
        if (n.func._type === 'Name' && n.func.id === 'super' && n.args.length === 0 && n.keywords.length === 0) implicitSuperArgs(n, s);
        this.children(n, s);
        return;
      default:
        this.children(n, s);
    }
  }

  /** Generic descent into every child node. */
  private children(n: object, s: Scope): void {
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && '_type' in item) this.node(item, s);
      } else if (value && typeof value === 'object' && '_type' in value) {
        this.node(value as A.AnyNode, s);
      }
    }
  }
}

/** Finds, for each name a scope uses but does not bind, the enclosing function scope binding it. */
function resolveFree(scope: Scope): void {
  const names = new Set<string>([...scope.used, ...scope.nonlocals]);
  for (const name of names) {
    if (scope.globals.has(name)) continue;
    if (scope.kind !== 'class' && scope.isLocal(name)) continue;
    if (scope.kind === 'class' && scope.isLocal(name) && !scope.nonlocals.has(name)) continue;
    let owner: Scope | null = scope.parent;
    const path: Scope[] = [scope];
    while (owner && owner.kind !== 'module') {
      if (owner.kind !== 'class' && owner.isLocal(name)) break;
      // The implicit `__class__` cell lives in the class scope (zero-argument super()).
      if (owner.kind === 'class' && name === '__class__') break;
      if (owner.kind !== 'class' && owner.globals.has(name)) {
        owner = null;
        break;
      }
      // A class scope does not bind the name for its methods, but it still passes the enclosing
      // function's cell through to them, as CPython lists it among the class body's free variables.
      path.push(owner);
      owner = owner.parent;
    }
    if (owner && owner.kind !== 'module') {
      owner.cells.add(name);
      for (const p of path) if (!p.free.includes(name)) p.free.push(name);
    } else if (scope.nonlocals.has(name) && scope.kind !== 'comprehension') {
      const n = scope.node as A.FunctionDef;
      throw new PythonSyntaxError('SyntaxError', `no binding for nonlocal '${name}' found`, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, '');
    }
  }
}

/** Zero-argument `super()` in a method means `super(__class__, <first parameter>)`, as CPython
 *  compiles it: rewrite the call so the resolver gives the method a `__class__` cell. */
function implicitSuperArgs(call: A.Call, s: Scope): void {
  if (s.kind !== 'function') return;
  let p = s.parent;
  while (p && p.kind === 'function') p = p.parent;
  if (!p || p.kind !== 'class') return;
  const fn = s.node as A.FunctionDef | A.Lambda;
  const first = [...fn.args.posonlyargs, ...fn.args.args][0];
  if (!first) return;
  const pos = { lineno: call.lineno, col_offset: call.col_offset, end_lineno: call.end_lineno, end_col_offset: call.end_col_offset };
  call.args = [
    { _type: 'Name', id: '__class__', ctx: 'Load', ...pos },
    { _type: 'Name', id: first.arg, ctx: 'Load', ...pos },
  ];
}

function assignSlots(scope: Scope): void {
  if (scope.kind === 'module' || scope.kind === 'class') return;
  for (const p of scope.params) if (!scope.slots.has(p)) scope.slots.set(p, scope.slots.size);
  for (const b of scope.bound) if (scope.isLocal(b) && !scope.slots.has(b)) scope.slots.set(b, scope.slots.size);
}
