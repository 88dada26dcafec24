// Expressions → closures. Nodes that can fail in a way a traceback should point at (calls,
// attribute and item access, operators, names) note their position when an exception passes.
import type * as A from '../../../grammar/ast.js';
import type { PyValue } from '../objects/core.js';
import { PyBaseException, pyExc } from '../objects/exceptions.js';
import { Ellipsis, PyDict, PyFloat, PyInstance, PyList, PySlice, PyTuple } from '../objects/values.js';
import { binaryOp, unaryOp } from '../ops/arith.js';
import { intAdd, intMul, intSub } from '../ops/int-math.js';
import { getAttr } from '../ops/attr.js';
import { call, callMethod, Kwargs } from '../ops/call.js';
import { compareOp } from '../ops/compare.js';
import { getItem } from '../ops/items.js';
import { iterToArray } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import { formatValue } from '../ops/format.js';
import { repr, str } from '../ops/text.js';
import { PyBytes } from '../objects/bytes.js';
import { PyFunction } from '../objects/function.js';
import { PySet } from '../objects/set.js';
import { kwargsToMap } from '../ops/kwargs.js';
import type { CompileContext } from './context.js';
import type { Ev, Frame } from './frame.js';
import { noteLocation } from './trace.js';
import { noteCall } from './call-site.js';
import { compileBinOpWith, compileChainedCompare, compileCompareWith } from './operators.js';
import { listGetFast } from './fast-ops.js';
import { compileLoad } from './names.js';
import { CompiledCode, compileFunction, fastSlots } from './function.js';
import { compileComprehension } from './comprehension.js';
import { compileStoreTarget } from './targets.js';
import type { TempExpr } from './temps.js';
import { compileFrameBuiltinCall, isFrameBuiltinCall } from './frame-builtins.js';

export function compileExpr(n: A.Expr, ctx: CompileContext): Ev {
  if ((n as unknown as TempExpr)._type === 'Temp') {
    // A value a generator computed before suspending (see gen-expr.ts).
    const index = (n as unknown as TempExpr).index;
    return (f) => f.temps![index];
  }
  switch (n._type) {
    case 'Constant':
      return constant(n.value);
    case 'Name':
      return compileLoad(n.id, ctx, n);
    case 'Attribute': {
      const obj = compileExpr(n.value, ctx);
      const name = n.attr;
      return (f) => {
        const o = obj(f);
        try {
          return getAttr(o, name);
        } catch (e) {
          throw noteLocation(e, f, n);
        }
      };
    }
    case 'Subscript': {
      const obj = compileExpr(n.value, ctx);
      const key = compileExpr(n.slice, ctx);
      return (f) => {
        const o = obj(f);
        const k = key(f);
        const fast = listGetFast(o, k);
        if (fast !== undefined) return fast;
        try {
          return getItem(o, k);
        } catch (e) {
          throw noteLocation(e, f, n);
        }
      };
    }
    case 'Slice': {
      const lo = n.lower ? compileExpr(n.lower, ctx) : null;
      const hi = n.upper ? compileExpr(n.upper, ctx) : null;
      const st = n.step ? compileExpr(n.step, ctx) : null;
      return (f) => new PySlice(lo ? lo(f) : null, hi ? hi(f) : null, st ? st(f) : null);
    }
    case 'Call':
      return compileCall(n, ctx);
    case 'BinOp':
      return compileBinOp(n, ctx);
    case 'UnaryOp': {
      const operand = compileExpr(n.operand, ctx);
      const op = n.op;
      if (op === 'Not') {
        return (f) => {
          const v = operand(f);
          return v === true ? false : v === false ? true : !isTruthy(v);
        };
      }
      return (f) => {
        const v = operand(f);
        try {
          return unaryOp(op, v);
        } catch (e) {
          throw noteLocation(e, f, n);
        }
      };
    }
    case 'BoolOp': {
      const values = n.values.map((v) => compileExpr(v, ctx));
      const isAnd = n.op === 'And';
      return (f) => {
        let v: PyValue = null;
        for (const ev of values) {
          v = ev(f);
          if (isTruthy(v) !== isAnd) return v;
        }
        return v;
      };
    }
    case 'Compare':
      return compileCompare(n, ctx);
    case 'IfExp': {
      const test = compileExpr(n.test, ctx);
      const body = compileExpr(n.body, ctx);
      const orelse = compileExpr(n.orelse, ctx);
      return (f) => {
        const t = test(f);
        return t === true || (t !== false && isTruthy(t)) ? body(f) : orelse(f);
      };
    }
    case 'List': {
      const elts = compileElements(n.elts, ctx);
      return (f) => new PyList(elts(f));
    }
    case 'Tuple': {
      const elts = compileElements(n.elts, ctx);
      return (f) => new PyTuple(elts(f));
    }
    case 'Dict':
      return compileDict(n, ctx);
    case 'Lambda':
      return compileFunction(n, ctx);
    case 'JoinedStr': {
      const parts = n.values.map((v) => compileExpr(v, ctx));
      return (f) => {
        let s = '';
        for (const p of parts) s += p(f) as string;
        return s;
      };
    }
    case 'FormattedValue': {
      const value = compileExpr(n.value, ctx);
      const spec = n.format_spec ? compileExpr(n.format_spec, ctx) : null;
      const conv = n.conversion;
      return (f) => {
        let v = value(f);
        if (conv === 115) v = str(v);
        else if (conv === 114) v = repr(v);
        else if (conv === 97) v = asciiRepr(v);
        try {
          return formatValue(v, spec ? (spec(f) as string) : '');
        } catch (e) {
          throw noteLocation(e, f, n);
        }
      };
    }
    case 'NamedExpr': {
      const value = compileExpr(n.value, ctx);
      const store = compileStoreTarget(n.target, ctx);
      return (f) => {
        const v = value(f);
        store(f, v);
        return v;
      };
    }
    case 'ListComp':
    case 'DictComp':
    case 'SetComp':
    case 'GeneratorExp':
      return compileComprehension(n, ctx);
    case 'Starred':
      return unsupported(n, "can't use starred expression here", 'SyntaxError');
    case 'Set': {
      const elts = compileElements(n.elts, ctx);
      return (f) => {
        const items = elts(f);
        const set = new PySet();
        try {
          for (let i = 0; i < items.length; i++) set.table.add(items[i]);
        } catch (e) {
          throw noteLocation(e, f, n);
        }
        return set;
      };
    }
    case 'Yield':
    case 'YieldFrom':
      return unsupported(n, 'generators are not supported yet', 'NotImplementedError');
  }
}

function unsupported(n: A.Position, message: string, type: string): Ev {
  return (f) => {
    throw noteLocation(pyExc(type, message), f, n);
  };
}

function asciiRepr(v: PyValue): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (ch) => {
    const c = ch.codePointAt(0)!;
    if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
    if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
    return '\\U' + c.toString(16).padStart(8, '0');
  });
}

/** Wraps an evaluator so a failure inside it points at node n. */
function tracked(n: A.Position, ev: Ev): Ev {
  return (f) => {
    try {
      return ev(f);
    } catch (e) {
      throw noteLocation(e, f, n);
    }
  };
}

function constant(c: A.ConstantValue): Ev {
  let v: PyValue;
  switch (c.kind) {
    case 'int':
      v = c.value;
      break;
    case 'float':
      v = new PyFloat(c.value);
      break;
    case 'str':
      v = c.value;
      break;
    case 'bool':
      v = c.value;
      break;
    case 'None':
      v = null;
      break;
    case 'Ellipsis':
      v = Ellipsis;
      break;
    case 'bytes':
      v = new PyBytes(c.value);
      break;
    case 'complex':
      return () => {
        throw pyExc('NotImplementedError', 'complex numbers are not supported yet');
      };
  }
  return () => v;
}

/** Elements of a display, with `*iterable` unpacking. */
function compileElements(elts: A.Expr[], ctx: CompileContext): (f: Frame) => PyValue[] {
  const hasStar = elts.some((e) => e._type === 'Starred');
  if (!hasStar) {
    const evs = elts.map((e) => compileExpr(e, ctx));
    const n = evs.length;
    return (f) => {
      const out = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) out[i] = evs[i](f);
      return out;
    };
  }
  const parts = elts.map((e) =>
    e._type === 'Starred' ? { star: true, ev: tracked(e, compileExpr(e.value, ctx)) } : { star: false, ev: compileExpr(e, ctx) },
  );
  return (f) => {
    const out: PyValue[] = [];
    for (const p of parts) {
      if (p.star) out.push(...iterToArray(p.ev(f)));
      else out.push(p.ev(f));
    }
    return out;
  };
}

function compileDict(n: A.Dict, ctx: CompileContext): Ev {
  const entries = n.keys.map((k, i) => ({ key: k ? compileExpr(k, ctx) : null, value: compileExpr(n.values[i], ctx) }));
  return (f) => {
    const d = new PyDict();
    for (const { key, value } of entries) {
      if (key === null) {
        const src = value(f);
        for (const [k, v] of kwargsToMap(src, null, 'dict')) d.storage.set(k, v);
      } else {
        const k = key(f);
        d.storage.set(k, value(f));
      }
    }
    return d;
  };
}

function compileBinOp(n: A.BinOp, ctx: CompileContext): Ev {
  return compileBinOpWith(n, compileExpr(n.left, ctx), compileExpr(n.right, ctx));
}

function compileCompare(n: A.Compare, ctx: CompileContext): Ev {
  const left = compileExpr(n.left, ctx);
  const rights = n.comparators.map((c) => compileExpr(c, ctx));
  if (n.ops.length === 1) return compileCompareWith(n, left, rights[0]);
  return compileChainedCompare(n, left, rights);
}

interface ArgPlan {
  positional: (f: Frame) => PyValue[];
  keywords: ((f: Frame) => Kwargs) | null;
}

function compileArgs(n: A.Call, ctx: CompileContext): ArgPlan {
  const positional = compileElements(n.args, ctx);
  if (n.keywords.length === 0) return { positional, keywords: null };
  const kws = n.keywords.map((k) => ({ name: k.arg, ev: compileExpr(k.value, ctx) }));
  return {
    positional,
    keywords: (f) => {
      const m = new Map<string, PyValue>();
      for (const k of kws) {
        if (k.name !== null) {
          if (m.has(k.name)) throw pyExc('TypeError', `got multiple values for keyword argument '${k.name}'`);
          m.set(k.name, k.ev(f));
        } else kwargsToMap(k.ev(f), m, 'call');
      }
      return m;
    },
  };
}

function compileCall(n: A.Call, ctx: CompileContext): Ev {
  if (isFrameBuiltinCall(n, ctx)) return compileFrameBuiltinCall(n, ctx);
  const plain = n.keywords.length === 0 && !n.args.some((a) => a._type === 'Starred');
  if (plain) return compilePlainCall(n, n.args.map((a) => compileExpr(a, ctx)), ctx);
  const { positional, keywords } = compileArgs(n, ctx);
  if (n.func._type === 'Attribute') {
    // obj.method(...) calls without building a bound method object.
    const obj = compileExpr(n.func.value, ctx);
    const name = n.func.attr;
    const attrNode = n.func;
    return (f) => {
      const o = obj(f);
      const args = positional(f);
      const kwargs = keywords ? keywords(f) : null;
      noteCall(f, n);
      try {
        return callMethod(o, name, args, kwargs);
      } catch (e) {
        // An AttributeError from the lookup itself points at `obj.name`, as CPython's LOAD_ATTR.
        throw noteLocation(e, f, isLookupFailure(e, o, name) ? attrNode : n);
      }
    };
  }
  const func = compileExpr(n.func, ctx);
  return (f) => {
    const fn = func(f);
    const args = positional(f);
    const kwargs = keywords ? keywords(f) : null;
    noteCall(f, n);
    try {
      return call(fn, args, kwargs);
    } catch (e) {
      throw noteLocation(e, f, n);
    }
  };
}

/** A call with positional arguments only: Python functions (and methods of Python classes) get
 *  their frame slots filled directly, skipping the argument array and Signature.bind. */
function compilePlainCall(n: A.Call, args: Ev[], ctx: CompileContext): Ev {
  const argc = args.length;
  const evalArgs = (f: Frame): PyValue[] => {
    const out = new Array<PyValue>(argc);
    for (let i = 0; i < argc; i++) out[i] = args[i](f);
    return out;
  };
  if (n.func._type === 'Attribute') {
    const obj = compileExpr(n.func.value, ctx);
    const name = n.func.attr;
    const attrNode = n.func;
    return (f) => {
      const o = obj(f);
      if (o instanceof PyInstance) {
        const descr = o.cls.lookup(name);
        if (descr instanceof PyFunction && !o.dict.has(name)) {
          const locals = fastSlots(descr, argc + 1);
          if (locals !== null) {
            locals[0] = o;
            for (let i = 0; i < argc; i++) locals[i + 1] = args[i](f);
            noteCall(f, n);
            try {
              return (descr.code as CompiledCode).invoke(descr, locals);
            } catch (e) {
              throw noteLocation(e, f, n);
            }
          }
        }
      }
      const values = evalArgs(f);
      noteCall(f, n);
      try {
        return callMethod(o, name, values, null);
      } catch (e) {
        throw noteLocation(e, f, isLookupFailure(e, o, name) ? attrNode : n);
      }
    };
  }
  const func = compileExpr(n.func, ctx);
  return (f) => {
    const fn = func(f);
    if (fn instanceof PyFunction) {
      const locals = fastSlots(fn, argc);
      if (locals !== null) {
        for (let i = 0; i < argc; i++) locals[i] = args[i](f);
        noteCall(f, n);
        try {
          return (fn.code as CompiledCode).invoke(fn, locals);
        } catch (e) {
          throw noteLocation(e, f, n);
        }
      }
    }
    const values = evalArgs(f);
    noteCall(f, n);
    try {
      return call(fn, values, null);
    } catch (e) {
      throw noteLocation(e, f, n);
    }
  };
}

/** True when the exception is the AttributeError of looking `name` up on `obj` itself. */
export function isLookupFailure(e: unknown, obj: PyValue, name: string): boolean {
  return (
    e instanceof PyBaseException &&
    e.cls.name === 'AttributeError' &&
    e.dict.get('obj') === obj &&
    e.dict.get('name') === name &&
    e.pendingFrame === null &&
    e.traceback.length === 0
  );
}
