// Function bodies compiled to JavaScript source (one `new Function` per def), so V8 optimises a
// Python function as one unit: locals are reads and writes of the frame's slot array, operators
// call the small monomorphic helpers of jit-runtime.ts (which V8 inlines), loops are JS loops.
//
// Only common node kinds are generated; every other statement or expression is delegated to its
// ordinary compiled closure (stmt.ts/expr.ts), called from the generated code. Locals are never
// cached in JS variables, so closures and generated code always agree on the frame.
//
// Tracebacks: helpers note the failing node's position on the slow path; `$s` holds the index of
// the running statement, noted by the body's catch when no inner node noted one (as compileBlock).
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { Ellipsis, PyFloat } from '../objects/values.js';
import { PyBytes } from '../objects/bytes.js';
import type { CompileContext } from './context.js';
import type { Ev, Ex, Frame } from './frame.js';
import { compileExpr } from './expr.js';
import { compileStmt } from './stmt.js';
import { compileStoreTarget } from './targets.js';
import type { Store } from './names.js';
import { rt } from './jit-runtime.js';
import { isFrameBuiltinCall } from './frame-builtins.js';

/** Set TFTS_NO_JIT=1 to run every function on the closure compiler alone (for comparison). */
const enabled = !process.env.TFTS_NO_JIT;

class Gen {
  readonly consts: PyValue[] = [];
  readonly closures: Ev[] = [];
  readonly stmts: Ex[] = [];
  readonly stores: Store[] = [];
  readonly positions: A.Position[] = [];
  readonly stmtPositions: A.Position[] = [];
  private temps = 0;
  /** Nesting depth of generated loops (break/continue are plain JS there). */
  private loops = 0;

  constructor(private readonly ctx: CompileContext) {}

  private temp(): string {
    return `t${this.temps++}`;
  }
  declarations(): string {
    let s = '';
    for (let i = 0; i < this.temps; i++) s += `let t${i};`;
    return s;
  }
  private pos(p: A.Position): string {
    this.positions.push(p);
    return `P[${this.positions.length - 1}]`;
  }
  private konst(v: PyValue): string {
    this.consts.push(v);
    return `K[${this.consts.length - 1}]`;
  }
  private closure(n: A.Expr): string {
    this.closures.push(compileExpr(n, this.ctx));
    return `C[${this.closures.length - 1}](f)`;
  }

  block(stmts: A.Stmt[]): string {
    return stmts.map((s) => this.stmt(s)).join('\n');
  }

  private stmt(s: A.Stmt): string {
    this.stmtPositions.push(s);
    const mark = `$s=${this.stmtPositions.length - 1};`;
    switch (s._type) {
      case 'Expr':
        return `${mark}${this.expr(s.value)};`;
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return '';
      case 'Return':
        return `${mark}f.ret=${s.value ? this.expr(s.value) : 'null'};return 3;`;
      case 'Assign':
        if (s.targets.length === 1) {
          const direct = this.assignDirect(s.targets[0], s.value);
          if (direct !== null) return mark + direct;
        }
        break;
      case 'AugAssign': {
        const code = this.augAssign(s);
        if (code !== null) return mark + code;
        break;
      }
      case 'If': {
        const orelse = s.orelse.length ? `else{${this.block(s.orelse)}}` : '';
        return `${mark}if(rt.truth(${this.expr(s.test)})){${this.block(s.body)}}${orelse}`;
      }
      case 'While':
        if (s.orelse.length) break;
        this.loops++;
        try {
          return `while(true){${mark}if(!rt.truth(${this.expr(s.test)}))break;rt.poll();${this.block(s.body)}}`;
        } finally {
          this.loops--;
        }
      case 'For': {
        if (s.orelse.length) break;
        return this.forLoop(s, mark);
      }
      case 'Break':
        if (this.loops > 0) return 'break;';
        break;
      case 'Continue':
        if (this.loops > 0) return 'continue;';
        break;
    }
    // Anything else runs as its compiled closure; its completion is passed on.
    this.stmts.push(compileStmt(s, this.ctx));
    const call = `S[${this.stmts.length - 1}](f)`;
    const fl = this.temp();
    const onFlow = this.loops > 0 ? `if(${fl}===1)break;if(${fl}===2)continue;return ${fl};` : `return ${fl};`;
    return `${mark}${fl}=${call};if(${fl}!==0){${onFlow}}`;
  }

  private forLoop(s: A.For, mark: string): string {
    const src = this.temp();
    const it = this.temp();
    const i = this.temp();
    const n = this.temp();
    const start = this.temp();
    const step = this.temp();
    const x = this.temp();
    const iterPos = this.pos(s.iter);
    const head =
      `${mark}${src}=${this.expr(s.iter)};${it}=null;${i}=0;${n}=0;` +
      `if(${src} instanceof rt.PyRange&&${src}.cls===rt.rangeType){${start}=${src}.start;${step}=${src}.step;${n}=${src}.length;}` +
      `else ${it}=rt.iter(${src},f,${iterPos});`;
    const next =
      `${mark}if(${it}===null){if(${i}>=${n})break;${x}=${start}+${step}*${i}++;}` +
      `else{${x}=${it}.next();if(${x}===undefined)break;}rt.poll();`;
    const store = this.storeCode(s.target, x);
    this.loops++;
    try {
      return `${head}for(;;){${next}${store}${this.block(s.body)}}`;
    } finally {
      this.loops--;
    }
  }

  /** JS statements storing the JS expression `value` into target t. */
  private storeCode(t: A.Expr, value: string): string {
    if (t._type === 'Name') {
      const r = this.ctx.scope.resolve(t.id);
      if (r.kind === 'local') return `L[${r.slot}]=${value};`;
      if (r.kind === 'cell') return `L[${r.slot}].value=${value};`;
      if (r.kind === 'free') return `f.closure[${r.index}].value=${value};`;
    }
    this.stores.push(compileStoreTarget(t, this.ctx));
    return `ST[${this.stores.length - 1}](f,${value});`;
  }

  private assignDirect(t: A.Expr, value: A.Expr): string | null {
    if (t._type === 'Name' || t._type === 'Attribute') {
      const v = this.temp();
      return `${v}=${this.expr(value)};${this.storeCode(t, v)}`;
    }
    if (t._type === 'Subscript') {
      const v = this.temp();
      const o = this.temp();
      const k = this.temp();
      return `${v}=${this.expr(value)};${o}=${this.expr(t.value)};${k}=${this.expr(t.slice)};rt.setItem(${o},${k},${v},f,${this.pos(t)});`;
    }
    if ((t._type === 'Tuple' || t._type === 'List') && (value._type === 'Tuple' || value._type === 'List') &&
      t.elts.length === value.elts.length && !t.elts.some((e) => e._type === 'Starred') && !value.elts.some((e) => e._type === 'Starred')) {
      // `a, b = b, a + b`: every value first, then the stores, as Python (no tuple is built).
      const vals = value.elts.map((e) => {
        const v = this.temp();
        return { v, code: `${v}=${this.expr(e)};` };
      });
      return vals.map((x) => x.code).join('') + t.elts.map((e, i) => this.storeCode(e, vals[i].v)).join('');
    }
    if (t._type === 'Tuple' || t._type === 'List') {
      const v = this.temp();
      return `${v}=${this.expr(value)};${this.storeCode(t, v)}`;
    }
    return null;
  }

  private augAssign(s: A.AugAssign): string | null {
    const helper = { Add: 'iadd', Sub: 'isub', Mult: 'imul' }[s.op as string];
    const apply = (cur: string, value: string) =>
      helper ? `rt.${helper}(${cur},${value},f,${this.pos(s)})` : `rt.inplace(${JSON.stringify(s.op)},${cur},${value},f,${this.pos(s)})`;
    const t = s.target;
    if (t._type === 'Name') {
      const r = this.ctx.scope.resolve(t.id);
      if (r.kind !== 'local') return null;
      const cur = this.temp();
      const load = this.closure({ ...t, ctx: 'Load' });
      return `${cur}=L[${r.slot}];if(${cur}===undefined)${cur}=${load};L[${r.slot}]=${apply(cur, this.expr(s.value))};`;
    }
    if (t._type === 'Subscript') {
      const o = this.temp();
      const k = this.temp();
      const cur = this.temp();
      return `${o}=${this.expr(t.value)};${k}=${this.expr(t.slice)};${cur}=rt.getItem(${o},${k},f,${this.pos(t)});` +
        `rt.setItem(${o},${k},${apply(cur, this.expr(s.value))},f,${this.pos(t)});`;
    }
    return null;
  }

  expr(n: A.Expr): string {
    switch (n._type) {
      case 'Constant':
        return this.constant(n.value) ?? this.closure(n);
      case 'Name':
        return this.name(n);
      case 'BinOp': {
        const l = this.expr(n.left);
        const r = this.expr(n.right);
        const helper = { Add: 'add', Sub: 'sub', Mult: 'mul', Div: 'div', Mod: 'mod', FloorDiv: 'floordiv' }[n.op as string];
        if (helper) return `rt.${helper}(${l},${r},f,${this.pos(n)})`;
        return `rt.binop(${JSON.stringify(n.op)},${l},${r},f,${this.pos(n)})`;
      }
      case 'UnaryOp':
        if (n.op === 'Not') return `!rt.truth(${this.expr(n.operand)})`;
        if (n.op === 'USub') return `rt.neg(${this.expr(n.operand)},f,${this.pos(n)})`;
        return this.closure(n);
      case 'Compare': {
        if (n.ops.length !== 1) return this.closure(n);
        const l = this.expr(n.left);
        const r = this.expr(n.comparators[0]);
        const helper = { Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge', Eq: 'eq', NotEq: 'ne' }[n.ops[0] as string];
        if (helper) return `rt.${helper}(${l},${r},f,${this.pos(n)})`;
        return `rt.cmp(${JSON.stringify(n.ops[0])},${l},${r},f,${this.pos(n)})`;
      }
      case 'BoolOp': {
        // a and b: a if a is false, else b; each temp is used once.
        let code = this.expr(n.values[n.values.length - 1]);
        for (let i = n.values.length - 2; i >= 0; i--) {
          const t = this.temp();
          const test = n.op === 'And' ? `rt.truth(${t})` : `!rt.truth(${t})`;
          code = `((${t}=${this.expr(n.values[i])}),${test}?${code}:${t})`;
        }
        return code;
      }
      case 'IfExp':
        return `(rt.truth(${this.expr(n.test)})?${this.expr(n.body)}:${this.expr(n.orelse)})`;
      case 'Subscript':
        if (n.slice._type === 'Slice') return this.closure(n);
        return `rt.getItem(${this.expr(n.value)},${this.expr(n.slice)},f,${this.pos(n)})`;
      case 'Attribute':
        return `rt.getAttr(${this.expr(n.value)},${JSON.stringify(n.attr)},f,${this.pos(n)})`;
      case 'List':
      case 'Tuple':
        if (n.elts.some((e) => e._type === 'Starred')) return this.closure(n);
        return `new rt.${n._type === 'List' ? 'PyList' : 'PyTuple'}([${n.elts.map((e) => this.expr(e)).join(',')}])`;
      case 'Call':
        return this.call(n);
      default:
        return this.closure(n);
    }
  }

  private call(n: A.Call): string {
    if (n.keywords.length || n.args.some((a) => a._type === 'Starred') || isFrameBuiltinCall(n, this.ctx)) return this.closure(n);
    if (n.func._type === 'Attribute') {
      const o = this.expr(n.func.value);
      const args = n.args.map((a) => this.expr(a)).join(',');
      return `rt.callMethod(${o},${JSON.stringify(n.func.attr)},[${args}],f,${this.pos(n)},${this.pos(n.func)})`;
    }
    const fn = this.expr(n.func);
    return `rt.call(${fn},[${n.args.map((a) => this.expr(a)).join(',')}],f,${this.pos(n)})`;
  }

  private name(n: A.Name): string {
    const r = this.ctx.scope.resolve(n.id);
    const t = this.temp();
    // The closure load raises the right error (UnboundLocalError, NameError with suggestions).
    switch (r.kind) {
      case 'local':
        return `((${t}=L[${r.slot}])===undefined?${this.closure(n)}:${t})`;
      case 'cell':
        return `((${t}=L[${r.slot}].value)===undefined?${this.closure(n)}:${t})`;
      case 'free':
        return `((${t}=f.closure[${r.index}].value)===undefined?${this.closure(n)}:${t})`;
      case 'global':
        if (this.ctx.scope.kind === 'class') return this.closure(n);
        return `((${t}=f.globals.get(${JSON.stringify(n.id)}))===undefined?${this.closure(n)}:${t})`;
    }
  }

  private constant(c: A.ConstantValue): string | null {
    switch (c.kind) {
      case 'int':
        return typeof c.value === 'number' ? String(c.value) : this.konst(c.value);
      case 'float':
        return this.konst(new PyFloat(c.value));
      case 'str':
        return JSON.stringify(c.value);
      case 'bool':
        return c.value ? 'true' : 'false';
      case 'None':
        return 'null';
      case 'Ellipsis':
        return this.konst(Ellipsis);
      case 'bytes':
        return this.konst(new PyBytes(c.value));
      default:
        return null;
    }
  }
}

/** A function body as generated JavaScript, or null when generation is off or fails. */
export function compileBodyJS(stmts: A.Stmt[], ctx: CompileContext): Ex | null {
  if (!enabled) return null;
  const g = new Gen(ctx);
  try {
    const body = g.block(stmts);
    const src =
      `return function body(f){const L=f.locals;let $s=0;${g.declarations()}` +
      `try{${body}\nreturn 0;}catch(e){throw rt.noteLocation(e,f,SP[$s]);}};`;
    if (process.env.TFTS_JIT_DUMP) process.stderr.write(`${ctx.frameName}:\n${src}\n`);
    const make = new Function('rt', 'K', 'C', 'S', 'ST', 'P', 'SP', src) as (...a: unknown[]) => (f: Frame) => number;
    return make(rt, g.consts, g.closures, g.stmts, g.stores, g.positions, g.stmtPositions) as Ex;
  } catch (e) {
    if (process.env.TFTS_DEBUG) process.stderr.write(`jit: falling back to closures: ${e instanceof Error ? e.stack : e}\n`);
    return null;
  }
}
