// def and lambda: compile the body once, build a function object each time the def runs.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { Cell, FunctionCode, PyFunction } from '../objects/function.js';
import { ParamSpec, Signature } from '../objects/signature.js';
import { pyExc } from '../objects/exceptions.js';
import { call } from '../ops/call.js';
import { builtinsDict } from '../builtins/registry.js';
import type { CompileContext } from './context.js';
import { Ev, Ex, Flow, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { compileBlock } from './stmt.js';
import { leaveFrame } from './trace.js';
import { compileGenBlock, GEx } from './gen-stmt.js';
import { compileBodyJS } from './jit.js';
import { BodyRun, PyGenerator } from './generator.js';
import type { Scope } from './scope.js';
import { docstringOf } from './docstring.js';
import { PyDict } from '../objects/values.js';
import { saveCallerSite } from './call-site.js';

/** Python's default recursion limit; deeper calls raise RecursionError. */
export const RECURSION_LIMIT = 1000;
let depth = 0;

export function enterCall(): void {
  if (++depth > RECURSION_LIMIT) {
    depth--;
    throw pyExc('RecursionError', 'maximum recursion depth exceeded');
  }
  saveCallerSite(depth);
}
/** How many Python function calls are running (the warnings module walks their call sites). */
export const callDepth = (): number => depth;
export function exitCall(): void {
  depth--;
}

/** Code shared by every function object made from one def or lambda. */
export class CompiledCode implements FunctionCode {
  private readonly cellSlots: number[];
  readonly nslots: number;
  /** The number of parameters when they are all plain positional ones (no *args, keyword-only or
   *  **kwargs), else -1: calls passing only positional arguments then fill the slots directly,
   *  without Signature.bind. */
  readonly plainArity: number;
  /** `__doc__`: the def body's leading string literal. */
  doc: string | null = null;
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly signature: Signature,
    scope: Scope,
    private readonly body: Ex,
    readonly pos: A.Position,
    /** Set for generator functions: the resumable body; calling the function makes a generator. */
    private readonly genBody: GEx | null,
  ) {
    this.cellSlots = [...scope.cells].map((n) => scope.slots.get(n)!);
    this.nslots = scope.nslots;
    this.plainArity = signature.simple ? signature.npos : -1;
  }

  run(fn: PyFunction, slots: PyValue[]): PyValue {
    const locals: (PyValue | undefined)[] = slots;
    for (let i = locals.length; i < this.nslots; i++) locals.push(undefined);
    return this.invoke(fn, locals);
  }

  /** Runs the body on a frame whose slots (nslots long) hold the bound parameters. */
  invoke(fn: PyFunction, locals: (PyValue | Cell | undefined)[]): PyValue {
    const cells = this.cellSlots;
    for (let i = 0; i < cells.length; i++) locals[cells[i]] = new Cell(locals[cells[i]] as PyValue | undefined);
    const f = new Frame(locals, fn.closure, fn.globals, builtinsDict);
    if (this.genBody !== null) return new PyGenerator(generatorBody(this.genBody, f), f, this);
    if (++depth > RECURSION_LIMIT) {
      depth--;
      throw pyExc('RecursionError', 'maximum recursion depth exceeded');
    }
    saveCallerSite(depth);
    try {
      this.body(f);
    } catch (e) {
      throw leaveFrame(e, f, this.filename, this.name, this.pos);
    } finally {
      depth--;
    }
    return f.ret;
  }
}

/** Slots for calling fn with `argc` positional arguments without Signature.bind, or null when the
 *  call needs the general binder (keywords, *args, too few or too many arguments). The caller
 *  stores the arguments in slots 0..argc-1; defaults are already filled in. */
export function fastSlots(fn: PyFunction, argc: number): (PyValue | Cell | undefined)[] | null {
  const code = fn.code;
  if (!(code instanceof CompiledCode)) return null;
  const arity = code.plainArity;
  if (arity === argc) return new Array(code.nslots);
  if (arity < argc) return null;
  const defaults = fn.signature.defaults;
  const firstDefault = arity - defaults.length;
  if (argc < firstDefault) return null;
  const locals = new Array(code.nslots);
  for (let i = argc; i < arity; i++) locals[i] = defaults[i - firstDefault];
  return locals;
}

function paramSpec(args: A.Arguments): ParamSpec {
  return {
    posonly: args.posonlyargs.map((a) => a.arg),
    args: args.args.map((a) => a.arg),
    vararg: args.vararg?.arg ?? null,
    kwonly: args.kwonlyargs.map((a) => a.arg),
    kwarg: args.kwarg?.arg ?? null,
  };
}

/** The cells an inner scope closes over, taken from the running frame. */
export function closureBuilder(inner: Scope, ctx: CompileContext): ((f: Frame) => Cell[]) | null {
  if (inner.free.length === 0) return null;
  const getters = inner.free.map((name) => {
    const r = ctx.scope.closureSource(name);
    if (r.kind === 'cell') return (f: Frame) => f.locals[r.slot] as Cell;
    if (r.kind === 'free') return (f: Frame) => f.closure![r.index];
    throw new Error(`resolver: '${name}' is free in an inner scope but neither cell nor free here`);
  });
  return (f) => getters.map((g) => g(f));
}

/** Compiles a def (returns an Ev producing the decorated function) or a lambda. */
export function compileFunction(n: A.FunctionDef | A.Lambda, ctx: CompileContext): Ev {
  const name = n._type === 'Lambda' ? '<lambda>' : n.name;
  const qualname = ctx.qualPrefix + name;
  const inner = ctx.child(n, `${qualname}.<locals>.`);
  const isGenerator = inner.scope.hasYield;
  const body: Ex = isGenerator
    ? () => Flow.Normal
    : n._type === 'Lambda'
      ? lambdaBody(compileExpr(n.body, inner))
      : (compileBodyJS(n.body, inner) ?? compileBlock(n.body, inner));
  // A lambda containing `yield` is a generator function whose body is `return <expression>`.
  const genBody = isGenerator ? compileGenBlock(n._type === 'Lambda' ? [lambdaReturn(n)] : n.body, inner) : null;
  const code = new CompiledCode(name, qualname, ctx.filename, new Signature(paramSpec(n.args)), inner.scope, body, n, genBody);
  if (n._type === 'FunctionDef') code.doc = docstringOf(n.body);
  const defaults = n.args.defaults.map((d) => compileExpr(d, ctx));
  const kwDefaults = n.args.kwonlyargs.map((a, i) => ({ name: a.arg, ev: n.args.kw_defaults[i] ? compileExpr(n.args.kw_defaults[i]!, ctx) : null }));
  const closure = closureBuilder(inner.scope, ctx);
  const decorators = n._type === 'FunctionDef' ? n.decorator_list.map((d) => compileExpr(d, ctx)) : [];
  const annotations = n._type === 'FunctionDef' ? compileAnnotations(n, ctx) : null;
  const moduleName = ctx.moduleName;
  return (f) => {
    // CPython's order: decorators, defaults, keyword-only defaults, annotations.
    const decos = decorators.map((d) => d(f));
    const defaultValues = defaults.map((d) => d(f));
    const kw = new Map<string, PyValue>();
    for (const k of kwDefaults) if (k.ev) kw.set(k.name, k.ev(f));
    const made = new PyFunction(code, f.globals, defaultValues, kw, closure ? closure(f) : null, moduleName);
    if (annotations) made.annotations = annotations(f);
    let fn: PyValue = made;
    for (let i = decos.length - 1; i >= 0; i--) fn = call(decos[i], [fn], null);
    return fn;
  };
}

/** The generator's JS body: runs the statements, returns what `return` gave. */
function* generatorBody(body: GEx, f: Frame): BodyRun {
  yield* body(f);
  return f.ret;
}

function lambdaBody(ev: Ev): Ex {
  return (f) => {
    f.ret = ev(f);
    return Flow.Return;
  };
}

function lambdaReturn(n: A.Lambda): A.Stmt {
  return { _type: 'Return', value: n.body, lineno: n.body.lineno, col_offset: n.body.col_offset, end_lineno: n.body.end_lineno, end_col_offset: n.body.end_col_offset };
}

/** The def's `__annotations__` dict, in CPython's order (regular parameters before
 *  positional-only ones, then *args, keyword-only, **kwargs, 'return'); null when there are none. */
function compileAnnotations(n: A.FunctionDef, ctx: CompileContext): Ev | null {
  const a = n.args;
  const params = [...a.args, ...a.posonlyargs, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
  const entries = params.filter((p) => p.annotation).map((p) => ({ name: p.arg, ev: compileExpr(p.annotation!, ctx) }));
  if (n.returns) entries.push({ name: 'return', ev: compileExpr(n.returns, ctx) });
  if (entries.length === 0) return null;
  return (f) => {
    const d = new PyDict();
    for (const e of entries) d.storage.set(e.name, e.ev(f));
    return d;
  };
}
