// dumpAst: our AST rendered exactly as CPython 3.11's `ast.dump(tree, include_attributes=True)`
// renders its own, so tests (and people debugging) can compare the two trees as strings.

import type * as A from './ast.js';

type AnyNode = A.Module | A.Stmt | A.Expr | A.Arg | A.Arguments | A.Keyword | A.Alias | A.WithItem |
  A.Comprehension | A.ExceptHandler;

/** Field order per node class, as `_fields` in CPython; `?` marks optional fields, which
 *  ast.dump leaves out when they are None. */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
};

/** Node classes without position attributes. */
const NO_ATTRIBUTES = new Set(['Module', 'comprehension', 'arguments', 'withitem']);

export function dumpAst(node: AnyNode): string {
  return dumpNode(node as unknown as Record<string, unknown>);
}

function dumpNode(node: Record<string, unknown>): string {
  const type = node['_type'] as string;
  const parts: string[] = [];
  for (const spec of FIELDS[type] ?? []) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    if (name === 'type_ignores') {
      parts.push('type_ignores=[]');
      continue;
    }
    const value = node[name];
    if (optional && (value === null || value === undefined)) continue;
    parts.push(`${name}=${dumpField(type, name, value)}`);
  }
  if (!NO_ATTRIBUTES.has(type)) {
    for (const name of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) parts.push(`${name}=${node[name]}`);
  }
  return `${type}(${parts.join(', ')})`;
}

function dumpField(type: string, name: string, value: unknown): string {
  if (type === 'Constant' && name === 'value') return constantRepr(value as A.ConstantValue);
  if (name === 'ctx' || name === 'op') return `${value as string}()`;
  if (name === 'ops') return `[${(value as string[]).map((o) => `${o}()`).join(', ')}]`;
  if (type === 'AnnAssign' && name === 'simple') return value ? '1' : '0';
  if (name === 'is_async') return '0';
  return dumpValue(value);
}

function dumpValue(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) return `[${value.map(dumpValue).join(', ')}]`;
  if (typeof value === 'string') return strRepr(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return dumpNode(value as Record<string, unknown>);
  return String(value);
}

/** repr() of a constant's Python value. */
export function constantRepr(v: A.ConstantValue): string {
  switch (v.kind) {
    case 'int':
      return v.value.toString();
    case 'float':
      return floatRepr(v.value);
    case 'complex': {
      const r = floatRepr(v.imag);
      return `${r.endsWith('.0') ? r.slice(0, -2) : r}j`;
    }
    case 'str':
      return strRepr(v.value);
    case 'bytes':
      return bytesRepr(v.value);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'None':
      return 'None';
    case 'Ellipsis':
      return 'Ellipsis';
  }
}

/** Python's float repr: shortest round-trip digits, fixed notation for exponents -4..15. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) out = `0.${'0'.repeat(-exp - 1)}${digits}`;
    else if (digits.length <= exp + 1) out = `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    else out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return neg ? `-${out}` : out;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
