// The abstract syntax tree, named and shaped after CPython's `ast` module (Python 3.11), so a
// reader who knows `ast.dump` knows these nodes. Positions follow `ast` too: lines are 1-based,
// columns 0-based, end positions exclusive. Columns count UTF-16 code units of the source line
// (CPython counts UTF-8 bytes; tracebacks convert where it matters).

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------- module

export interface Module {
  _type: 'Module';
  body: Stmt[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Position {
  _type: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}

export interface ClassDef extends Position {
  _type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Position {
  _type: 'Return';
  value: Expr | null;
}

export interface Delete extends Position {
  _type: 'Delete';
  targets: Expr[];
}

/** `a = b = value`: targets holds a and b, left to right. */
export interface Assign extends Position {
  _type: 'Assign';
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Position {
  _type: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: Operator;
  value: Expr;
}

export interface AnnAssign extends Position {
  _type: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}

export interface For extends Position {
  _type: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface While extends Position {
  _type: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface If extends Position {
  _type: 'If';
  test: Expr;
  body: Stmt[];
  /** `elif` is an If nested alone in orelse, as in CPython. */
  orelse: Stmt[];
}

export interface With extends Position {
  _type: 'With';
  items: WithItem[];
  body: Stmt[];
}

export interface WithItem {
  _type: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface Raise extends Position {
  _type: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface Try extends Position {
  _type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface ExceptHandler extends Position {
  _type: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Assert extends Position {
  _type: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Alias extends Position {
  _type: 'alias';
  /** Dotted name for `import a.b`; a plain name (or '*') for from-imports. */
  name: string;
  asname: string | null;
}

export interface Import extends Position {
  _type: 'Import';
  names: Alias[];
}

export interface ImportFrom extends Position {
  _type: 'ImportFrom';
  module: string | null;
  names: Alias[];
  /** Number of leading dots. */
  level: number;
}

export interface Global extends Position {
  _type: 'Global';
  names: string[];
}

export interface Nonlocal extends Position {
  _type: 'Nonlocal';
  names: string[];
}

/** CPython calls this node `Expr`; renamed here so `Expr` can name the expression union. */
export interface ExprStmt extends Position {
  _type: 'Expr';
  value: Expr;
}

export interface Pass extends Position {
  _type: 'Pass';
}

export interface Break extends Position {
  _type: 'Break';
}

export interface Continue extends Position {
  _type: 'Continue';
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export type ExprContext = 'Load' | 'Store' | 'Del';

export type BoolOperator = 'And' | 'Or';
export type Operator =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface BoolOp extends Position {
  _type: 'BoolOp';
  op: BoolOperator;
  values: Expr[];
}

export interface NamedExpr extends Position {
  _type: 'NamedExpr';
  target: Name;
  value: Expr;
}

export interface BinOp extends Position {
  _type: 'BinOp';
  left: Expr;
  op: Operator;
  right: Expr;
}

export interface UnaryOp extends Position {
  _type: 'UnaryOp';
  op: UnaryOperator;
  operand: Expr;
}

export interface Lambda extends Position {
  _type: 'Lambda';
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Position {
  _type: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{**d}` is a null key with d as its value, as in CPython. */
export interface Dict extends Position {
  _type: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}

/** CPython's `Set`; renamed to avoid shadowing the JS global. */
export interface SetExpr extends Position {
  _type: 'Set';
  elts: Expr[];
}

export interface Comprehension {
  _type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: false;
}

export interface ListComp extends Position {
  _type: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface SetComp extends Position {
  _type: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}

export interface DictComp extends Position {
  _type: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}

export interface GeneratorExp extends Position {
  _type: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Yield extends Position {
  _type: 'Yield';
  value: Expr | null;
}

export interface YieldFrom extends Position {
  _type: 'YieldFrom';
  value: Expr;
}

export interface Compare extends Position {
  _type: 'Compare';
  left: Expr;
  ops: CmpOperator[];
  comparators: Expr[];
}

export interface Keyword extends Position {
  _type: 'keyword';
  /** null for `**kwargs`. */
  arg: string | null;
  value: Expr;
}

export interface Call extends Position {
  _type: 'Call';
  func: Expr;
  /** May contain Starred for `*args`. */
  args: Expr[];
  keywords: Keyword[];
}

export interface FormattedValue extends Position {
  _type: 'FormattedValue';
  value: Expr;
  /** -1 none, 115 's', 114 'r', 97 'a' (the character codes, as CPython). */
  conversion: number;
  format_spec: JoinedStr | null;
}

export interface JoinedStr extends Position {
  _type: 'JoinedStr';
  /** Constant (str) and FormattedValue parts. */
  values: Expr[];
}

/** Literal values. Python ints are JS numbers when they are safe integers, bigints otherwise;
 *  floats and imaginary literals are tagged so 1 and 1.0 stay distinct. */
export type ConstantValue =
  | { kind: 'int'; value: number | bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

export interface Constant extends Position {
  _type: 'Constant';
  value: ConstantValue;
}

export interface Attribute extends Position {
  _type: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Position {
  _type: 'Subscript';
  value: Expr;
  /** A Tuple for `a[1, 2]`, a Slice for `a[1:2]`, a Tuple holding Slices for `a[1:2, ::3]`. */
  slice: Expr;
  ctx: ExprContext;
}

export interface Starred extends Position {
  _type: 'Starred';
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Position {
  _type: 'Name';
  id: string;
  ctx: ExprContext;
}

export interface List extends Position {
  _type: 'List';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Position {
  _type: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Position {
  _type: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

// ---------------------------------------------------------------- parameters

export interface Arg extends Position {
  _type: 'arg';
  arg: string;
  annotation: Expr | null;
}

/** As `ast.arguments`: defaults align with the END of posonlyargs+args; kw_defaults align
 *  one-to-one with kwonlyargs (null where a keyword-only parameter has no default). */
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

export type AnyNode = Module | Stmt | Expr;
