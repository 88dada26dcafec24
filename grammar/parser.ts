// The Python 3.11 grammar (minus async/await and match) as a chevrotain parser with embedded
// actions: rules build grammar/ast.ts nodes directly. Where Python's PEG grammar needs unbounded
// lookahead (assignment targets, keyword arguments, dict vs set displays) the rules read an
// ordinary expression first and convert or reject it afterwards, which keeps every decision LL(1)
// (plus a few gates) and the parser's self-analysis cheap.
//
// chevrotain runs every rule once in a "recording phase" to learn the grammar, with dummy tokens
// and results. Anything that inspects a token or result is therefore wrapped in ACTION(), which
// is skipped while recording, and grammar structure never depends on values.

import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from './chevrotain.js';
import type * as A from './ast.js';
import { PythonSyntaxError, type SyntaxErrorKind } from './errors.js';
import type { SourceText } from './source.js';
import { invalidTarget, exprName, setContext } from './targets.js';
import { numberValue } from './numbers.js';
import { buildString, type StringContext } from './stringnode.js';
import * as T from './tokens.js';

type Tok = IToken;
type Pos = A.Position;

// ---------------------------------------------------------------- position helpers

function tokSpan(a: Tok, b: Tok): Pos {
  return { lineno: a.startLine!, col_offset: a.startColumn!, end_lineno: b.endLine!, end_col_offset: b.endColumn! };
}
function span(a: Pos, b: Pos): Pos {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}
function fromTok(a: Tok, b: Pos): Pos {
  return { lineno: a.startLine!, col_offset: a.startColumn!, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}
function lastOf<X>(xs: X[]): X {
  return xs[xs.length - 1]!;
}

/** Tokens that can begin an expression: gates for "`,` then another item?" in lists that allow
 *  a trailing comma, where LL(1) alone cannot tell. */
const EXPR_START: ReadonlySet<TokenType> = new Set([
  T.Name, T.NumberLit, T.StringLit, T.LParen, T.LBracket, T.LBrace, T.Minus, T.Plus, T.Tilde,
  T.Not, T.Lambda, T.True, T.False, T.None, T.Ellipsis, T.Await, T.Star,
]);
const PARAM_START: ReadonlySet<TokenType> = new Set([T.Name, T.Star, T.DoubleStar, T.Slash]);
const CALL_ARG_START: ReadonlySet<TokenType> = new Set([...EXPR_START, T.DoubleStar]);
const DICT_ITEM_START: ReadonlySet<TokenType> = CALL_ARG_START;

const BINOP: ReadonlyMap<TokenType, [A.Operator, number]> = new Map([
  [T.Pipe, ['BitOr', 1]],
  [T.Caret, ['BitXor', 2]],
  [T.Amp, ['BitAnd', 3]],
  [T.LShift, ['LShift', 4]],
  [T.RShift, ['RShift', 4]],
  [T.Plus, ['Add', 5]],
  [T.Minus, ['Sub', 5]],
  [T.Star, ['Mult', 6]],
  [T.Slash, ['Div', 6]],
  [T.FloorDiv, ['FloorDiv', 6]],
  [T.Percent, ['Mod', 6]],
  [T.At, ['MatMult', 6]],
]);
const AUGOP: ReadonlyMap<TokenType, A.Operator> = new Map([
  [T.AddAssign, 'Add'],
  [T.SubAssign, 'Sub'],
  [T.MulAssign, 'Mult'],
  [T.MatMulAssign, 'MatMult'],
  [T.DivAssign, 'Div'],
  [T.ModAssign, 'Mod'],
  [T.PowAssign, 'Pow'],
  [T.LShiftAssign, 'LShift'],
  [T.RShiftAssign, 'RShift'],
  [T.OrAssign, 'BitOr'],
  [T.XorAssign, 'BitXor'],
  [T.AndAssign, 'BitAnd'],
  [T.FloorDivAssign, 'FloorDiv'],
]);
const CMPOP: ReadonlyMap<TokenType, A.CmpOperator> = new Map([
  [T.EqEq, 'Eq'],
  [T.NotEq, 'NotEq'],
  [T.Lt, 'Lt'],
  [T.LtE, 'LtE'],
  [T.Gt, 'Gt'],
  [T.GtE, 'GtE'],
]);

/** One entry of a parameter list before it is sorted into ast.arguments. */
type ParamEntry =
  | { kind: 'slash'; tok: Tok }
  | { kind: 'star'; arg: A.Arg | null; tok: Tok }
  | { kind: 'starstar'; arg: A.Arg; tok: Tok }
  | { kind: 'plain'; arg: A.Arg; def: A.Expr | null };

interface CallArgs {
  args: A.Expr[];
  keywords: A.Keyword[];
}

/** A call argument before validation: positional, `*x`, `**x` or `name=value`. */
type CallArg =
  | { kind: 'pos'; value: A.Expr }
  | { kind: 'star'; value: A.Starred }
  | { kind: 'kw'; value: A.Keyword; starstar: boolean };

/** Per-parse inputs the actions need; set by parse.ts before each run. */
export type ParseContext = StringContext;

export class PythonParser extends EmbeddedActionsParser {
  ctx!: ParseContext;

  constructor(skipValidations: boolean) {
    super(T.ALL_TOKENS, { maxLookahead: 1, recoveryEnabled: false, skipValidations, traceInitPerf: process.env.TFTS_GRAMMAR_TRACE === '1' ? 3 : false });
    // TFTS_GRAMMAR_TRACE=1 prints chevrotain's self-analysis timings (recording, lookahead).
    this.performSelfAnalysis();
  }

  /** The token k ahead (0: the last consumed), for the driver's error reporting. */
  peek(k: number): Tok {
    return this.LA(k);
  }

  // ------------------------------------------------------------ errors

  /** A syntax error spanning [start, end) in ast coordinates (0-based columns). */
  err(msg: string, at: Pos, kind: SyntaxErrorKind = 'SyntaxError'): PythonSyntaxError {
    return new PythonSyntaxError(kind, msg, at.lineno, at.col_offset + 1, at.end_lineno, at.end_col_offset + 1,
      this.ctx.src.lineText(at.lineno));
  }

  /** From `start` to the last token consumed: CPython's EXTRA span of the current rule, which
   *  includes the parentheses of a parenthesised first or last operand. */
  private to(start: Tok): Pos {
    return tokSpan(start, this.LA(0));
  }

  /** CPython's forced tokens (`&&':'`): a missing one is "expected ':'" at the next token. */
  private want(type: TokenType, msg: string): void {
    const t = this.LA(1);
    if (t.tokenType !== type) {
      const at = t.tokenType === EOF ? this.LA(0) : t;
      const line = at.startLine!;
      const col = t.tokenType === EOF ? at.endColumn! : at.startColumn!;
      throw new PythonSyntaxError('SyntaxError', msg, line, col + 1, line, col + 1, this.ctx.src.lineText(line));
    }
  }

  /** After a block opener's NEWLINE, an INDENT must follow. */
  private wantIndent(what: string, opener: Tok): void {
    if (this.LA(1).tokenType === T.Indent) return;
    const newline = this.LA(0);
    let k = 1;
    while (this.LA(k).tokenType === T.Dedent) k++;
    const next = this.LA(k);
    const msg = `expected an indented block after ${what} on line ${opener.startLine}`;
    if (next.tokenType === EOF) {
      throw new PythonSyntaxError('IndentationError', msg, newline.startLine!, newline.startColumn! + 1,
        newline.startLine!, -1, this.ctx.src.lineText(newline.startLine!));
    }
    throw this.err(msg, tokSpan(next, next), 'IndentationError');
  }

  // ------------------------------------------------------------ module and statements

  file_input = this.RULE('file_input', (): A.Module => {
    const body: A.Stmt[] = [];
    this.MANY(() => {
      const stmts = this.SUBRULE(this.statement);
      this.ACTION(() => body.push(...stmts));
    });
    this.CONSUME(EOF);
    return { _type: 'Module', body };
  });

  /** Entry rule for an f-string replacement field: an expression list or yield. */
  fstring_expr = this.RULE('fstring_expr', (): A.Expr => {
    const e = this.OR([
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
    this.CONSUME(EOF);
    return e;
  });

  statement = this.RULE('statement', (): A.Stmt[] => {
    return this.OR([
      { ALT: () => [this.SUBRULE(this.compound_stmt)] },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  simple_stmts = this.RULE('simple_stmts', (): A.Stmt[] => {
    const stmts = [this.SUBRULE(this.simple_stmt)];
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.Newline,
      DEF: () => {
        this.CONSUME(T.Semi);
        stmts.push(this.SUBRULE2(this.simple_stmt));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.Newline);
    return stmts;
  });

  simple_stmt = this.RULE('simple_stmt', (): A.Stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.expr_stmt) },
      { ALT: () => this.SUBRULE(this.return_stmt) },
      { ALT: () => this.SUBRULE(this.import_name) },
      { ALT: () => this.SUBRULE(this.import_from) },
      { ALT: () => this.SUBRULE(this.raise_stmt) },
      { ALT: () => this.SUBRULE(this.del_stmt) },
      { ALT: () => this.SUBRULE(this.assert_stmt) },
      { ALT: () => this.SUBRULE(this.global_stmt) },
      {
        ALT: () => {
          const t = this.CONSUME(T.Pass);
          return this.ACTION((): A.Stmt => ({ _type: 'Pass', ...tokSpan(t, t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Break);
          return this.ACTION((): A.Stmt => ({ _type: 'Break', ...tokSpan(t, t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Continue);
          return this.ACTION((): A.Stmt => ({ _type: 'Continue', ...tokSpan(t, t) }));
        },
      },
    ]);
  });

  /** The right-hand side of `=`, augmented assignment or annotation: yield or expressions. */
  assign_rhs = this.RULE('assign_rhs', (): A.Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.yield_expr) },
      { ALT: () => this.SUBRULE(this.star_expressions) },
    ]);
  });

  expr_stmt = this.RULE('expr_stmt', (): A.Stmt => {
    const start = this.LA(1);
    const first = this.SUBRULE(this.assign_rhs);
    let result: A.Stmt | undefined;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Colon);
            const annotation = this.SUBRULE(this.expression);
            let value: A.Expr | null = null;
            this.OPTION2(() => {
              this.CONSUME(T.Assign);
              value = this.SUBRULE2(this.assign_rhs);
            });
            result = this.ACTION(() => this.annAssign(start, first, annotation, value));
          },
        },
        {
          ALT: () => {
            const op = this.CONSUME(T.AugAssignOp);
            const value = this.SUBRULE3(this.assign_rhs);
            result = this.ACTION(() => this.augAssign(start, first, op, value));
          },
        },
        {
          ALT: () => {
            const parts = [first];
            this.AT_LEAST_ONE(() => {
              this.CONSUME2(T.Assign);
              parts.push(this.SUBRULE4(this.assign_rhs));
            });
            result = this.ACTION(() => this.assign(start, parts));
          },
        },
      ]);
    });
    return this.ACTION(() => result ?? { _type: 'Expr', value: first, ...this.to(start) });
  });

  private assign(start: Tok, parts: A.Expr[]): A.Assign {
    const value = parts.pop()!;
    parts.forEach((target, i) => {
      if (target._type === 'Yield' || target._type === 'YieldFrom') {
        throw this.err('assignment to yield expression not possible', target);
      }
      const bad = invalidTarget(target, 'Store');
      if (bad !== null) {
        // CPython adds the '==' hint when the whole target is a plain expression that was
        // directly assigned to (its invalid_named_expression rule).
        const hinted = bad === target && i === parts.length - 1 && !['BoolOp', 'Compare', 'Lambda', 'IfExp', 'NamedExpr'].includes(bad._type) &&
          !(bad._type === 'UnaryOp' && bad.op === 'Not');
        const suffix = hinted ? " here. Maybe you meant '==' instead of '='?" : '';
        throw this.err(`cannot assign to ${exprName(bad)}${suffix}`, bad);
      }
      setContext(target, 'Store');
    });
    return { _type: 'Assign', targets: parts, value, ...this.to(start) };
  }

  private augAssign(start: Tok, target: A.Expr, op: Tok, value: A.Expr): A.AugAssign {
    if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
      throw this.err(`'${exprName(target)}' is an illegal expression for augmented assignment`, target);
    }
    setContext(target, 'Store');
    return { _type: 'AugAssign', target, op: AUGOP.get(op.tokenType)!, value, ...this.to(start) };
  }

  private annAssign(start: Tok, target: A.Expr, annotation: A.Expr, value: A.Expr | null): A.AnnAssign {
    if (target._type === 'Tuple' || target._type === 'List') {
      throw this.err(`only single target (not ${target._type.toLowerCase()}) can be annotated`, target);
    }
    if (target._type !== 'Name' && target._type !== 'Attribute' && target._type !== 'Subscript') {
      throw this.err('illegal target for annotation', target);
    }
    setContext(target, 'Store');
    // `(x): int` is not "simple": the statement then starts at the parenthesis, not the name.
    const simple = target._type === 'Name' && start.tokenType !== T.LParen;
    return { _type: 'AnnAssign', target, annotation, value, simple, ...this.to(start) };
  }

  return_stmt = this.RULE('return_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.Return);
    let value: A.Expr | null = null;
    this.OPTION(() => (value = this.SUBRULE(this.star_expressions)));
    return this.ACTION(() => ({ _type: 'Return', value, ...this.to(kw) }));
  });

  raise_stmt = this.RULE('raise_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.Raise);
    let exc: A.Expr | null = null;
    let cause: A.Expr | null = null;
    this.OPTION(() => {
      exc = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.From);
        cause = this.SUBRULE2(this.expression);
      });
    });
    return this.ACTION(() => ({ _type: 'Raise', exc, cause, ...tokSpan(kw, this.LA(0)) }));
  });

  global_stmt = this.RULE('global_stmt', (): A.Stmt => {
    const kw = this.OR([{ ALT: () => this.CONSUME(T.Global) }, { ALT: () => this.CONSUME(T.Nonlocal) }]);
    const names = [this.CONSUME(T.Name)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.CONSUME2(T.Name));
    });
    return this.ACTION(() => ({
      _type: kw.tokenType === T.Global ? 'Global' : 'Nonlocal',
      names: names.map((n) => n.image),
      ...tokSpan(kw, lastOf(names)),
    }));
  });

  del_stmt = this.RULE('del_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.Del);
    const targets = [this.SUBRULE(this.primary)];
    this.MANY({
      GATE: () => EXPR_START.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        targets.push(this.SUBRULE2(this.primary));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION(() => {
      for (const t of targets) {
        const bad = invalidTarget(t, 'Del');
        if (bad !== null) throw this.err(`cannot delete ${exprName(bad)}`, bad);
        setContext(t, 'Del');
      }
      return { _type: 'Delete', targets, ...tokSpan(kw, this.LA(0)) } as A.Delete;
    });
  });

  assert_stmt = this.RULE('assert_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.Assert);
    const test = this.SUBRULE(this.expression);
    let msg: A.Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      msg = this.SUBRULE2(this.expression);
    });
    return this.ACTION(() => ({ _type: 'Assert', test, msg, ...this.to(kw) }));
  });

  // ------------------------------------------------------------ imports

  dotted_name = this.RULE('dotted_name', (): Tok[] => {
    const names = [this.CONSUME(T.Name)];
    this.MANY(() => {
      this.CONSUME(T.Dot);
      names.push(this.CONSUME2(T.Name));
    });
    return names;
  });

  import_name = this.RULE('import_name', (): A.Stmt => {
    const kw = this.CONSUME(T.Import);
    const names = [this.SUBRULE(this.dotted_as_name)];
    this.MANY(() => {
      this.CONSUME(T.Comma);
      names.push(this.SUBRULE2(this.dotted_as_name));
    });
    return this.ACTION(() => ({ _type: 'Import', names, ...this.to(kw) }));
  });

  dotted_as_name = this.RULE('dotted_as_name', (): A.Alias => {
    const parts = this.SUBRULE(this.dotted_name);
    let asname: Tok | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      asname = this.CONSUME(T.Name);
    });
    return this.ACTION(() => ({
      _type: 'alias',
      name: parts.map((p) => p.image).join('.'),
      asname: asname?.image ?? null,
      ...tokSpan(parts[0]!, asname ?? lastOf(parts)),
    }));
  });

  import_from = this.RULE('import_from', (): A.Stmt => {
    const kw = this.CONSUME(T.From);
    let level = 0;
    let module: Tok[] | null = null;
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            level += 1;
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Ellipsis);
            level += 3;
          },
        },
      ]);
    });
    this.OPTION(() => (module = this.SUBRULE(this.dotted_name)));
    this.CONSUME(T.Import);
    let names: A.Alias[] = [];
    this.OR2([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star);
          this.ACTION(() => (names = [{ _type: 'alias', name: '*', asname: null, ...tokSpan(star, star) }]));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          names.push(this.SUBRULE(this.import_as_name));
          this.MANY2({
            GATE: () => this.LA(2).tokenType === T.Name,
            DEF: () => {
              this.CONSUME(T.Comma);
              names.push(this.SUBRULE2(this.import_as_name));
            },
          });
          this.OPTION2(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          names.push(this.SUBRULE3(this.import_as_name));
          this.MANY3(() => {
            const comma = this.CONSUME3(T.Comma);
            this.ACTION(() => {
              if (this.LA(1).tokenType !== T.Name) {
                throw this.err('trailing comma not allowed without surrounding parentheses', tokSpan(comma, comma));
              }
            });
            names.push(this.SUBRULE4(this.import_as_name));
          });
        },
      },
    ]);
    return this.ACTION(() => {
      const mod = module as Tok[] | null;
      return {
        _type: 'ImportFrom',
        module: mod ? mod.map((p) => p.image).join('.') : null,
        names,
        level,
        ...tokSpan(kw, this.LA(0)),
      } as A.ImportFrom;
    });
  });

  import_as_name = this.RULE('import_as_name', (): A.Alias => {
    const name = this.CONSUME(T.Name);
    let asname: Tok | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      asname = this.CONSUME2(T.Name);
    });
    return this.ACTION(() => ({ _type: 'alias', name: name.image, asname: asname?.image ?? null, ...tokSpan(name, asname ?? name) }));
  });

  // ------------------------------------------------------------ compound statements

  compound_stmt = this.RULE('compound_stmt', (): A.Stmt => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.if_stmt) },
      { ALT: () => this.SUBRULE(this.while_stmt) },
      { ALT: () => this.SUBRULE(this.for_stmt) },
      { ALT: () => this.SUBRULE(this.try_stmt) },
      { ALT: () => this.SUBRULE(this.with_stmt) },
      { ALT: () => this.SUBRULE(this.funcdef, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.classdef, { ARGS: [[]] }) },
      { ALT: () => this.SUBRULE(this.decorated) },
    ]);
  });

  /** An indented suite, or simple statements on the header's line. */
  block = this.RULE('block', (what: string, opener: Tok): A.Stmt[] => {
    return this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Newline);
          this.ACTION(() => this.wantIndent(what, opener));
          this.CONSUME(T.Indent);
          const body: A.Stmt[] = [];
          this.AT_LEAST_ONE(() => {
            const stmts = this.SUBRULE(this.statement);
            this.ACTION(() => body.push(...stmts));
          });
          this.CONSUME(T.Dedent);
          return body;
        },
      },
      { ALT: () => this.SUBRULE(this.simple_stmts) },
    ]);
  });

  // `if` and `elif` share the clause grammar; only `elif` may follow a clause, so a later
  // `if` statement at the same level is never taken for an `elif`.
  if_stmt = this.RULE('if_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.If);
    return this.SUBRULE(this.if_clause, { ARGS: [kw] });
  });

  elif_stmt = this.RULE('elif_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.Elif);
    return this.SUBRULE2(this.if_clause, { ARGS: [kw] });
  });

  if_clause = this.RULE('if_clause', (kw: IToken): A.Stmt => {
    const test = this.SUBRULE(this.named_expression);
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    // kw is undefined while chevrotain records the grammar.
    const label = kw?.tokenType === T.Elif ? "'elif' statement" : "'if' statement";
    const body = this.SUBRULE(this.block, { ARGS: [label, kw] });
    let orelse: A.Stmt[] = [];
    this.OPTION(() => {
      this.OR2([
        { ALT: () => (orelse = [this.SUBRULE(this.elif_stmt)]) },
        { ALT: () => (orelse = this.SUBRULE(this.else_block)) },
      ]);
    });
    return this.ACTION(() => ({ _type: 'If', test, body, orelse, ...fromTok(kw, lastOf(orelse.length ? orelse : body)) }));
  });

  else_block = this.RULE('else_block', (): A.Stmt[] => {
    const kw = this.CONSUME(T.Else);
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'else' statement", kw] });
  });

  while_stmt = this.RULE('while_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.While);
    const test = this.SUBRULE(this.named_expression);
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'while' statement", kw] });
    let orelse: A.Stmt[] = [];
    this.OPTION(() => (orelse = this.SUBRULE(this.else_block)));
    return this.ACTION(() => ({ _type: 'While', test, body, orelse, ...fromTok(kw, lastOf(orelse.length ? orelse : body)) }));
  });

  for_stmt = this.RULE('for_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.For);
    const target = this.SUBRULE(this.star_targets);
    this.CONSUME(T.In);
    const iter = this.SUBRULE(this.star_expressions);
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'for' statement", kw] });
    let orelse: A.Stmt[] = [];
    this.OPTION(() => (orelse = this.SUBRULE(this.else_block)));
    return this.ACTION(() => ({ _type: 'For', target, iter, body, orelse, ...fromTok(kw, lastOf(orelse.length ? orelse : body)) }));
  });

  try_stmt = this.RULE('try_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.Try);
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'try' statement", kw] });
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    this.ACTION(() => {
      const next = this.LA(1);
      if (next.tokenType !== T.Except && next.tokenType !== T.Finally) {
        throw this.err("expected 'except' or 'finally' block", tokSpan(next, next));
      }
    });
    this.OR([
      { ALT: () => (finalbody = this.SUBRULE(this.finally_block)) },
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => handlers.push(this.SUBRULE(this.except_block)));
          this.OPTION(() => (orelse = this.SUBRULE(this.else_block)));
          this.OPTION2(() => (finalbody = this.SUBRULE2(this.finally_block)));
        },
      },
    ]);
    return this.ACTION(() => {
      const last = finalbody.length ? lastOf(finalbody) : orelse.length ? lastOf(orelse) : lastOf(handlers);
      return { _type: 'Try', body, handlers, orelse, finalbody, ...fromTok(kw, last) } as A.Try;
    });
  });

  finally_block = this.RULE('finally_block', (): A.Stmt[] => {
    const kw = this.CONSUME(T.Finally);
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    return this.SUBRULE(this.block, { ARGS: ["'finally' statement", kw] });
  });

  except_block = this.RULE('except_block', (): A.ExceptHandler => {
    const kw = this.CONSUME(T.Except);
    let type: A.Expr | null = null;
    let name: Tok | null = null;
    this.OPTION(() => {
      type = this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(T.Comma);
        const rest = this.SUBRULE(this.star_expressions);
        this.ACTION(() => {
          throw this.err('multiple exception types must be parenthesized', span(type!, rest));
        });
      });
      this.OPTION3(() => {
        this.CONSUME(T.As);
        name = this.CONSUME(T.Name);
      });
    });
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'except' statement", kw] });
    return this.ACTION(() => ({
      _type: 'ExceptHandler',
      type,
      name: (name as Tok | null)?.image ?? null,
      body,
      ...fromTok(kw, lastOf(body)),
    }));
  });

  with_stmt = this.RULE('with_stmt', (): A.Stmt => {
    const kw = this.CONSUME(T.With);
    const items: A.WithItem[] = [];
    this.OR([
      {
        // `with (a as b, c):` — parenthesised items, told apart from a parenthesised expression
        // by what follows the closing parenthesis (CPython tries this form first, too).
        GATE: () => this.parenthesisedWithItems(),
        ALT: () => {
          this.CONSUME(T.LParen);
          items.push(this.SUBRULE(this.with_item));
          this.MANY({
            GATE: () => this.LA(2).tokenType !== T.RParen,
            DEF: () => {
              this.CONSUME(T.Comma);
              items.push(this.SUBRULE2(this.with_item));
            },
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RParen);
        },
      },
      {
        ALT: () => {
          items.push(this.SUBRULE3(this.with_item));
          this.MANY2(() => {
            this.CONSUME3(T.Comma);
            items.push(this.SUBRULE4(this.with_item));
          });
        },
      },
    ]);
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ["'with' statement", kw] });
    return this.ACTION(() => ({ _type: 'With', items, body, ...fromTok(kw, lastOf(body)) }));
  });

  /** Is the next token a '(' whose matching ')' is directly followed by ':'? */
  private parenthesisedWithItems(): boolean {
    if (this.LA(1).tokenType !== T.LParen) return false;
    let depth = 0;
    for (let k = 1; ; k++) {
      const t = this.LA(k).tokenType;
      if (t === EOF || t === T.Newline) return false;
      if (t === T.LParen || t === T.LBracket || t === T.LBrace) depth++;
      else if (t === T.RParen || t === T.RBracket || t === T.RBrace) {
        depth--;
        if (depth === 0) return this.LA(k + 1).tokenType === T.Colon;
      }
    }
  }

  with_item = this.RULE('with_item', (): A.WithItem => {
    const context_expr = this.SUBRULE(this.expression);
    let optional_vars: A.Expr | null = null;
    this.OPTION(() => {
      this.CONSUME(T.As);
      optional_vars = this.SUBRULE(this.star_target);
    });
    return this.ACTION(() => {
      if (optional_vars !== null) this.storeTarget(optional_vars);
      return { _type: 'withitem', context_expr, optional_vars } as A.WithItem;
    });
  });

  /** Check and convert a for/with/comprehension target (no '==' hint here, as CPython). */
  private storeTarget(target: A.Expr): void {
    const bad = invalidTarget(target, 'Store');
    if (bad !== null) throw this.err(`cannot assign to ${exprName(bad)}`, bad);
    setContext(target, 'Store');
  }

  decorated = this.RULE('decorated', (): A.Stmt => {
    const decorators: A.Expr[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      decorators.push(this.SUBRULE(this.named_expression));
      this.CONSUME(T.Newline);
    });
    return this.OR([
      { ALT: () => this.SUBRULE(this.funcdef, { ARGS: [decorators] }) },
      { ALT: () => this.SUBRULE(this.classdef, { ARGS: [decorators] }) },
    ]);
  });

  funcdef = this.RULE('funcdef', (decorator_list: A.Expr[]): A.Stmt => {
    const kw = this.CONSUME(T.Def);
    const name = this.CONSUME(T.Name);
    this.ACTION(() => this.want(T.LParen, "expected '('"));
    this.CONSUME(T.LParen);
    let args: A.Arguments | null = null;
    this.OPTION(() => (args = this.SUBRULE(this.params, { ARGS: [false] })));
    this.CONSUME(T.RParen);
    let returns: A.Expr | null = null;
    this.OPTION2(() => {
      this.CONSUME(T.Arrow);
      returns = this.SUBRULE(this.expression);
    });
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['function definition', kw] });
    return this.ACTION(() => ({
      _type: 'FunctionDef',
      name: name.image,
      args: args ?? emptyArguments(),
      body,
      decorator_list,
      returns,
      ...fromTok(kw, lastOf(body)),
    }));
  });

  classdef = this.RULE('classdef', (decorator_list: A.Expr[]): A.Stmt => {
    const kw = this.CONSUME(T.Class);
    const name = this.CONSUME(T.Name);
    let call: CallArgs = { args: [], keywords: [] };
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      this.OPTION2(() => (call = this.SUBRULE(this.call_args)));
      this.CONSUME(T.RParen);
    });
    this.ACTION(() => this.want(T.Colon, "expected ':'"));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.block, { ARGS: ['class definition', kw] });
    return this.ACTION(() => ({
      _type: 'ClassDef',
      name: name.image,
      bases: call.args,
      keywords: call.keywords,
      body,
      decorator_list,
      ...fromTok(kw, lastOf(body)),
    }));
  });

  // ------------------------------------------------------------ parameters

  /** A def's or lambda's parameter list, read flat and then sorted into ast.arguments. */
  params = this.RULE('params', (isLambda: boolean): A.Arguments => {
    const entries = [this.SUBRULE(this.param_entry, { ARGS: [isLambda] })];
    this.MANY({
      GATE: () => PARAM_START.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        entries.push(this.SUBRULE2(this.param_entry, { ARGS: [isLambda] }));
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    return this.ACTION(() => this.arguments(entries));
  });

  param_entry = this.RULE('param_entry', (isLambda: boolean): ParamEntry => {
    return this.OR([
      {
        ALT: () => {
          const tok = this.CONSUME(T.Slash);
          return this.ACTION((): ParamEntry => ({ kind: 'slash', tok }));
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const arg = this.SUBRULE(this.param, { ARGS: [isLambda] });
          return this.ACTION((): ParamEntry => ({ kind: 'starstar', arg, tok }));
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.Star);
          let arg: A.Arg | null = null;
          this.OPTION(() => (arg = this.SUBRULE2(this.param, { ARGS: [isLambda] })));
          return this.ACTION((): ParamEntry => ({ kind: 'star', arg, tok }));
        },
      },
      {
        ALT: () => {
          const arg = this.SUBRULE3(this.param, { ARGS: [isLambda] });
          let def: A.Expr | null = null;
          this.OPTION2(() => {
            this.CONSUME(T.Assign);
            def = this.SUBRULE(this.expression);
          });
          return this.ACTION((): ParamEntry => ({ kind: 'plain', arg, def }));
        },
      },
    ]);
  });

  param = this.RULE('param', (isLambda: boolean): A.Arg => {
    const name = this.CONSUME(T.Name);
    let annotation: A.Expr | null = null;
    this.OPTION({
      GATE: () => !isLambda,
      DEF: () => {
        this.CONSUME(T.Colon);
        annotation = this.SUBRULE(this.expression);
      },
    });
    return this.ACTION(() => ({
      _type: 'arg',
      arg: name.image,
      annotation,
      ...this.to(name),
    }));
  });

  /** Sort flat parameter entries into ast.arguments, with CPython's ordering errors. */
  private arguments(entries: ParamEntry[]): A.Arguments {
    const out = emptyArguments();
    let positional: A.Arg[] = out.args;
    let seenStar = false;
    let seenDefault = false;
    let sawSlash = false;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      if (out.kwarg !== null) throw this.err('arguments cannot follow var-keyword argument', entryPos(e));
      switch (e.kind) {
        case 'slash':
          if (sawSlash) throw this.err('/ may appear only once', tokSpan(e.tok, e.tok));
          if (seenStar) throw this.err('/ must be ahead of *', tokSpan(e.tok, e.tok));
          if (out.args.length === 0) throw this.err('at least one argument must precede /', tokSpan(e.tok, e.tok));
          sawSlash = true;
          out.posonlyargs = out.args;
          out.args = positional = [];
          break;
        case 'star':
          if (seenStar) throw this.err('* argument may appear only once', tokSpan(e.tok, e.tok));
          seenStar = true;
          out.vararg = e.arg;
          if (e.arg === null) {
            const next = entries[i + 1];
            if (next === undefined || next.kind !== 'plain') throw this.err('named arguments must follow bare *', tokSpan(e.tok, e.tok));
          }
          break;
        case 'starstar':
          out.kwarg = e.arg;
          break;
        case 'plain':
          if (seenStar) {
            out.kwonlyargs.push(e.arg);
            out.kw_defaults.push(e.def);
          } else {
            if (e.def !== null) {
              seenDefault = true;
              out.defaults.push(e.def);
            } else if (seenDefault) {
              throw this.err('non-default argument follows default argument', e.arg);
            }
            positional.push(e.arg);
          }
          break;
      }
    }
    return out;
  }

  // ------------------------------------------------------------ expressions

  /** `a, *b, c` as a Tuple, or a single (possibly starred) expression. */
  star_expressions = this.RULE('star_expressions', (): A.Expr => {
    const start = this.LA(1);
    const elts = [this.SUBRULE(this.star_expression)];
    let comma = false;
    this.MANY({
      GATE: () => EXPR_START.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        comma = true;
        elts.push(this.SUBRULE2(this.star_expression));
      },
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => (comma ? { _type: 'Tuple', elts, ctx: 'Load', ...this.to(start) } : elts[0]!));
  });

  star_expression = this.RULE('star_expression', (): A.Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  starred = this.RULE('starred', (): A.Expr => {
    const star = this.CONSUME(T.Star);
    const value = this.SUBRULE(this.binary);
    return this.ACTION(() => ({ _type: 'Starred', value, ctx: 'Load', ...this.to(star) }));
  });

  /** A list/set display element: `*x` or a named expression. */
  star_named_expression = this.RULE('star_named_expression', (): A.Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.starred) },
      { ALT: () => this.SUBRULE(this.named_expression) },
    ]);
  });

  named_expression = this.RULE('named_expression', (): A.Expr => {
    const start = this.LA(1);
    const target = this.SUBRULE(this.expression);
    let result = target;
    this.OPTION(() => {
      this.CONSUME(T.Walrus);
      const value = this.SUBRULE2(this.expression);
      this.ACTION(() => {
        if (target._type !== 'Name') throw this.err(`cannot use assignment expressions with ${exprName(target)}`, target);
        target.ctx = 'Store';
        result = { _type: 'NamedExpr', target, value, ...this.to(start) };
      });
    });
    return result;
  });

  expression = this.RULE('expression', (): A.Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          const start = this.LA(1);
          const body = this.SUBRULE(this.disjunction);
          let result = body;
          this.OPTION(() => {
            this.CONSUME(T.If);
            const test = this.SUBRULE2(this.disjunction);
            this.ACTION(() => this.want(T.Else, "expected 'else' after 'if' expression"));
            this.CONSUME(T.Else);
            const orelse = this.SUBRULE(this.expression);
            this.ACTION(() => (result = { _type: 'IfExp', test, body, orelse, ...this.to(start) }));
          });
          return result;
        },
      },
    ]);
  });

  lambdef = this.RULE('lambdef', (): A.Expr => {
    const kw = this.CONSUME(T.Lambda);
    let args: A.Arguments | null = null;
    this.OPTION(() => (args = this.SUBRULE(this.params, { ARGS: [true] })));
    this.CONSUME(T.Colon);
    const body = this.SUBRULE(this.expression);
    return this.ACTION(() => ({ _type: 'Lambda', args: args ?? emptyArguments(), body, ...this.to(kw) }));
  });

  disjunction = this.RULE('disjunction', (): A.Expr => {
    const start = this.LA(1);
    const values = [this.SUBRULE(this.conjunction)];
    this.MANY(() => {
      this.CONSUME(T.Or);
      values.push(this.SUBRULE2(this.conjunction));
    });
    return this.ACTION(() =>
      values.length === 1 ? values[0]! : { _type: 'BoolOp', op: 'Or', values, ...this.to(start) },
    );
  });

  conjunction = this.RULE('conjunction', (): A.Expr => {
    const start = this.LA(1);
    const values = [this.SUBRULE(this.inversion)];
    this.MANY(() => {
      this.CONSUME(T.And);
      values.push(this.SUBRULE2(this.inversion));
    });
    return this.ACTION(() =>
      values.length === 1 ? values[0]! : { _type: 'BoolOp', op: 'And', values, ...this.to(start) },
    );
  });

  inversion = this.RULE('inversion', (): A.Expr => {
    return this.OR([
      {
        ALT: () => {
          const kw = this.CONSUME(T.Not);
          const operand = this.SUBRULE(this.inversion);
          return this.ACTION((): A.Expr => ({ _type: 'UnaryOp', op: 'Not', operand, ...this.to(kw) }));
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  comparison = this.RULE('comparison', (): A.Expr => {
    const start = this.LA(1);
    const left = this.SUBRULE(this.binary);
    const ops: A.CmpOperator[] = [];
    const comparators: A.Expr[] = [];
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.CompOp);
            this.ACTION(() => ops.push(CMPOP.get(t.tokenType)!));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.In);
            this.ACTION(() => ops.push('In'));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Not);
            this.CONSUME2(T.In);
            this.ACTION(() => ops.push('NotIn'));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.Is);
            let not = false;
            this.OPTION(() => (not = !!this.CONSUME2(T.Not)));
            this.ACTION(() => ops.push(not ? 'IsNot' : 'Is'));
          },
        },
      ]);
      comparators.push(this.SUBRULE2(this.binary));
    });
    return this.ACTION(() =>
      ops.length === 0 ? left : { _type: 'Compare', left, ops, comparators, ...this.to(start) },
    );
  });

  /** All binary operators from `|` down to `*`/`@`, by precedence climbing over a flat list. */
  binary = this.RULE('binary', (): A.Expr => {
    const starts = [this.LA(1)];
    const operands = [this.SUBRULE(this.factor)];
    const ends = [this.LA(0)];
    const ops: Tok[] = [];
    this.MANY(() => {
      ops.push(this.CONSUME(T.BinaryOp));
      starts.push(this.LA(1));
      operands.push(this.SUBRULE2(this.factor));
      ends.push(this.LA(0));
    });
    return this.ACTION(() => (ops.length === 0 ? operands[0]! : climb(operands, ops, starts, ends)));
  });

  factor = this.RULE('factor', (): A.Expr => {
    return this.OR([
      {
        ALT: () => {
          const op = this.OR2([
            { ALT: () => this.CONSUME(T.Minus) },
            { ALT: () => this.CONSUME(T.Plus) },
            { ALT: () => this.CONSUME(T.Tilde) },
          ]);
          const operand = this.SUBRULE(this.factor);
          return this.ACTION((): A.Expr => {
            const kind = op.tokenType === T.Minus ? 'USub' : op.tokenType === T.Plus ? 'UAdd' : 'Invert';
            return { _type: 'UnaryOp', op: kind, operand, ...this.to(op) };
          });
        },
      },
      { ALT: () => this.SUBRULE(this.power) },
    ]);
  });

  /** `**` binds tighter than a unary operator on its left, looser than one on its right. */
  power = this.RULE('power', (): A.Expr => {
    const start = this.LA(1);
    const base = this.SUBRULE(this.primary);
    let result = base;
    this.OPTION(() => {
      this.CONSUME(T.DoubleStar);
      const exp = this.SUBRULE(this.factor);
      this.ACTION(() => (result = { _type: 'BinOp', left: base, op: 'Pow', right: exp, ...this.to(start) }));
    });
    return result;
  });

  /** An atom followed by `.name`, `(args)` and `[slices]` trailers. */
  primary = this.RULE('primary', (): A.Expr => {
    const start = this.LA(1);
    let e = this.SUBRULE(this.atom);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Dot);
            const name = this.CONSUME(T.Name);
            this.ACTION(() => (e = { _type: 'Attribute', value: e, attr: name.image, ctx: 'Load', ...this.to(start) }));
          },
        },
        {
          ALT: () => {
            const lp = this.CONSUME(T.LParen);
            let call: CallArgs = { args: [], keywords: [] };
            this.OPTION(() => (call = this.SUBRULE(this.call_args)));
            const rp = this.CONSUME(T.RParen);
            this.ACTION(() => {
              fixGenexpPosition(call, lp, rp);
              e = { _type: 'Call', func: e, args: call.args, keywords: call.keywords, ...this.to(start) };
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            const slice = this.SUBRULE(this.slices);
            const rb = this.CONSUME(T.RBracket);
            this.ACTION(() => (e = { _type: 'Subscript', value: e, slice, ctx: 'Load', ...this.to(start) }));
          },
        },
      ]);
    });
    return e;
  });

  /** Call arguments between the parentheses (also class bases). */
  call_args = this.RULE('call_args', (): CallArgs => {
    const first = this.SUBRULE(this.call_arg);
    const all = [first];
    let genexp: A.Comprehension[] | null = null;
    this.OR([
      { ALT: () => (genexp = this.SUBRULE(this.comp_for)) },
      {
        ALT: () => {
          this.MANY({
            GATE: () => CALL_ARG_START.has(this.LA(2).tokenType),
            DEF: () => {
              this.CONSUME(T.Comma);
              all.push(this.SUBRULE2(this.call_arg));
              this.OPTION(() => {
                const gens = this.SUBRULE2(this.comp_for);
                this.ACTION(() => {
                  const bad = lastOf(all).value;
                  throw this.err('Generator expression must be parenthesized', span(bad, lastOf(gens).iter));
                });
              });
            },
          });
          this.OPTION2(() => this.CONSUME2(T.Comma));
        },
      },
    ]);
    return this.ACTION(() => {
      if (genexp !== null) {
        if (first.kind !== 'pos') throw this.err('invalid syntax', first.value);
        const gens = genexp as A.Comprehension[];
        // Positioned at the call's parentheses by the caller (fixGenexpPosition).
        const elt = first.value;
        return { args: [{ _type: 'GeneratorExp', elt, generators: gens, ...span(elt, lastOf(gens).iter) }], keywords: [] };
      }
      return this.sortCallArgs(all);
    });
  });

  call_arg = this.RULE('call_arg', (): CallArg => {
    return this.OR([
      {
        ALT: () => {
          const value = this.SUBRULE(this.starred_call);
          return this.ACTION((): CallArg => ({ kind: 'star', value }));
        },
      },
      {
        ALT: () => {
          const tok = this.CONSUME(T.DoubleStar);
          const value = this.SUBRULE(this.expression);
          return this.ACTION((): CallArg => ({ kind: 'kw', starstar: true, value: { _type: 'keyword', arg: null, value, ...this.to(tok) } }));
        },
      },
      {
        ALT: () => {
          const start = this.LA(1);
          const e = this.SUBRULE(this.named_expression);
          let result: CallArg | undefined;
          this.OPTION(() => {
            this.CONSUME(T.Assign);
            const value = this.SUBRULE2(this.expression);
            this.ACTION(() => {
              if (e._type !== 'Name') throw this.err('expression cannot contain assignment, perhaps you meant "=="?', span(e, value));
              result = { kind: 'kw', starstar: false, value: { _type: 'keyword', arg: e.id, value, ...this.to(start) } };
            });
          });
          return this.ACTION((): CallArg => result ?? { kind: 'pos', value: e });
        },
      },
    ]);
  });

  /** `*args` in a call: the operand is a full expression there, not just `binary`. */
  starred_call = this.RULE('starred_call', (): A.Starred => {
    const star = this.CONSUME(T.Star);
    const value = this.SUBRULE(this.expression);
    return this.ACTION((): A.Starred => ({ _type: 'Starred', value, ctx: 'Load', ...this.to(star) }));
  });

  private sortCallArgs(all: CallArg[]): CallArgs {
    const out: CallArgs = { args: [], keywords: [] };
    let seenKw = false;
    let seenStarStar = false;
    for (const a of all) {
      if (a.kind === 'pos') {
        if (seenStarStar) throw this.err('positional argument follows keyword argument unpacking', a.value);
        if (seenKw) throw this.err('positional argument follows keyword argument', a.value);
        out.args.push(a.value);
      } else if (a.kind === 'star') {
        if (seenStarStar) {
          // CPython points at the '*' alone.
          const at = a.value;
          throw this.err('iterable argument unpacking follows keyword argument unpacking',
            { lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.lineno, end_col_offset: at.col_offset + 1 });
        }
        out.args.push(a.value);
      } else {
        seenKw = true;
        if (a.starstar) seenStarStar = true;
        out.keywords.push(a.value);
      }
    }
    return out;
  }

  /** The inside of `[...]` after a primary: one slice, or a Tuple of them. */
  slices = this.RULE('slices', (): A.Expr => {
    const start = this.LA(1);
    const elts = [this.SUBRULE(this.slice)];
    let comma = false;
    this.MANY({
      GATE: () => this.LA(2).tokenType !== T.RBracket,
      DEF: () => {
        this.CONSUME(T.Comma);
        comma = true;
        elts.push(this.SUBRULE2(this.slice));
      },
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => (comma ? { _type: 'Tuple', elts, ctx: 'Load', ...this.to(start) } : elts[0]!));
  });

  slice = this.RULE('slice', (): A.Expr => {
    return this.OR([
      { ALT: () => this.SUBRULE(this.starred) },
      {
        ALT: () => {
          const colon = this.CONSUME(T.Colon);
          const tail = this.SUBRULE(this.slice_tail);
          return this.ACTION((): A.Expr => ({ _type: 'Slice', lower: null, upper: tail[0], step: tail[1], ...this.to(colon) }));
        },
      },
      {
        ALT: () => {
          const start = this.LA(1);
          const lower = this.SUBRULE(this.named_expression);
          let result = lower;
          this.OPTION(() => {
            this.CONSUME2(T.Colon);
            const tail = this.SUBRULE2(this.slice_tail);
            this.ACTION(() => (result = { _type: 'Slice', lower, upper: tail[0], step: tail[1], ...this.to(start) }));
          });
          return result;
        },
      },
    ]);
  });

  /** After a slice's first ':': `[upper] [':' [step]]`. */
  slice_tail = this.RULE('slice_tail', (): [A.Expr | null, A.Expr | null] => {
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    this.OPTION(() => (upper = this.SUBRULE(this.expression)));
    this.OPTION2(() => {
      this.CONSUME(T.Colon);
      this.OPTION3(() => (step = this.SUBRULE2(this.expression)));
    });
    return [upper, step];
  });

  // ------------------------------------------------------------ atoms

  atom = this.RULE('atom', (): A.Expr => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.Name);
          return this.ACTION((): A.Expr => ({ _type: 'Name', id: t.image, ctx: 'Load', ...tokSpan(t, t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.NumberLit);
          return this.ACTION((): A.Expr => ({ _type: 'Constant', value: numberValue(t.image), ...tokSpan(t, t) }));
        },
      },
      {
        ALT: () => {
          const toks: Tok[] = [];
          this.AT_LEAST_ONE(() => toks.push(this.CONSUME(T.StringLit)));
          return this.ACTION(() => buildString(toks, this.ctx));
        },
      },
      { ALT: () => this.constant(this.CONSUME(T.True), { kind: 'bool', value: true }) },
      { ALT: () => this.constant(this.CONSUME(T.False), { kind: 'bool', value: false }) },
      { ALT: () => this.constant(this.CONSUME(T.None), { kind: 'None' }) },
      { ALT: () => this.constant(this.CONSUME(T.Ellipsis), { kind: 'Ellipsis' }) },
      { ALT: () => this.SUBRULE(this.paren_atom) },
      { ALT: () => this.SUBRULE(this.list_atom) },
      { ALT: () => this.SUBRULE(this.brace_atom) },
    ]);
  });

  private constant(t: Tok, value: A.ConstantValue): A.Expr {
    return this.ACTION((): A.Expr => ({ _type: 'Constant', value, ...tokSpan(t, t) }));
  }

  /** `()`, `(x)`, `(x,)`, `(x for ...)`, `(yield x)`. */
  paren_atom = this.RULE('paren_atom', (): A.Expr => {
    const lp = this.CONSUME(T.LParen);
    return this.OR([
      {
        ALT: () => {
          const rp = this.CONSUME(T.RParen);
          return this.ACTION((): A.Expr => ({ _type: 'Tuple', elts: [], ctx: 'Load', ...tokSpan(lp, rp) }));
        },
      },
      {
        ALT: () => {
          const y = this.SUBRULE(this.yield_expr);
          this.CONSUME2(T.RParen);
          return y;
        },
      },
      {
        ALT: () => {
          const first = this.SUBRULE(this.star_named_expression);
          return this.OR2([
            {
              ALT: () => {
                const generators = this.SUBRULE(this.comp_for);
                const rp = this.CONSUME3(T.RParen);
                return this.ACTION((): A.Expr => ({ _type: 'GeneratorExp', elt: first, generators, ...tokSpan(lp, rp) }));
              },
            },
            {
              ALT: () => {
                const elts = [first];
                let comma = false;
                this.MANY({
                  GATE: () => EXPR_START.has(this.LA(2).tokenType),
                  DEF: () => {
                    this.CONSUME(T.Comma);
                    comma = true;
                    elts.push(this.SUBRULE2(this.star_named_expression));
                  },
                });
                this.OPTION(() => {
                  this.CONSUME2(T.Comma);
                  comma = true;
                });
                const rp = this.CONSUME4(T.RParen);
                return this.ACTION((): A.Expr => (comma ? { _type: 'Tuple', elts, ctx: 'Load', ...tokSpan(lp, rp) } : first));
              },
            },
          ]);
        },
      },
    ]);
  });

  list_atom = this.RULE('list_atom', (): A.Expr => {
    const lb = this.CONSUME(T.LBracket);
    const elts: A.Expr[] = [];
    let generators: A.Comprehension[] | null = null;
    this.OPTION(() => {
      elts.push(this.SUBRULE(this.star_named_expression));
      this.OR([
        { ALT: () => (generators = this.SUBRULE(this.comp_for)) },
        {
          ALT: () => {
            this.MANY({
              GATE: () => EXPR_START.has(this.LA(2).tokenType),
              DEF: () => {
                this.CONSUME(T.Comma);
                elts.push(this.SUBRULE2(this.star_named_expression));
              },
            });
            this.OPTION2(() => this.CONSUME2(T.Comma));
          },
        },
      ]);
    });
    const rb = this.CONSUME(T.RBracket);
    return this.ACTION((): A.Expr => {
      if (generators !== null) return { _type: 'ListComp', elt: elts[0]!, generators, ...tokSpan(lb, rb) };
      return { _type: 'List', elts, ctx: 'Load', ...tokSpan(lb, rb) };
    });
  });

  /** `{}`, dict and set displays and comprehensions. */
  brace_atom = this.RULE('brace_atom', (): A.Expr => {
    const lb = this.CONSUME(T.LBrace);
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    let generators: A.Comprehension[] | null = null;
    let isSet = false;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.DoubleStar);
            const v = this.SUBRULE(this.binary);
            this.ACTION(() => {
              keys.push(null);
              values.push(v);
            });
            this.SUBRULE(this.dict_rest, { ARGS: [keys, values] });
          },
        },
        {
          ALT: () => {
            const first = this.SUBRULE(this.star_named_expression);
            this.OR2([
              {
                ALT: () => {
                  this.CONSUME(T.Colon);
                  const v = this.SUBRULE(this.expression);
                  this.ACTION(() => {
                    if (first._type === 'Starred') throw this.err('cannot use a starred expression in a dictionary value', first);
                    keys.push(first);
                    values.push(v);
                  });
                  this.OR3([
                    { ALT: () => (generators = this.SUBRULE(this.comp_for)) },
                    { ALT: () => this.SUBRULE2(this.dict_rest, { ARGS: [keys, values] }) },
                  ]);
                },
              },
              {
                ALT: () => {
                  isSet = true;
                  values.push(first);
                  this.OR4([
                    { ALT: () => (generators = this.SUBRULE2(this.comp_for)) },
                    {
                      ALT: () => {
                        this.MANY({
                          GATE: () => EXPR_START.has(this.LA(2).tokenType),
                          DEF: () => {
                            this.CONSUME(T.Comma);
                            values.push(this.SUBRULE2(this.star_named_expression));
                          },
                        });
                        this.OPTION2(() => this.CONSUME2(T.Comma));
                      },
                    },
                  ]);
                },
              },
            ]);
          },
        },
      ]);
    });
    const rb = this.CONSUME(T.RBrace);
    return this.ACTION((): A.Expr => {
      const pos = tokSpan(lb, rb);
      const gens = generators as A.Comprehension[] | null;
      if (isSet) return gens ? { _type: 'SetComp', elt: values[0]!, generators: gens, ...pos } : { _type: 'Set', elts: values, ...pos };
      if (gens) return { _type: 'DictComp', key: keys[0]!, value: values[0]!, generators: gens, ...pos };
      return { _type: 'Dict', keys, values, ...pos };
    });
  });

  /** The `, k: v` / `, **m` items after a dict's first item (trailing comma allowed). */
  dict_rest = this.RULE('dict_rest', (keys: (A.Expr | null)[], values: A.Expr[]): void => {
    this.MANY({
      GATE: () => DICT_ITEM_START.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        this.OR([
          {
            ALT: () => {
              this.CONSUME(T.DoubleStar);
              const v = this.SUBRULE(this.binary);
              this.ACTION(() => {
                keys.push(null);
                values.push(v);
              });
            },
          },
          {
            ALT: () => {
              const k = this.SUBRULE(this.expression);
              this.CONSUME(T.Colon);
              const v = this.SUBRULE2(this.expression);
              this.ACTION(() => {
                keys.push(k);
                values.push(v);
              });
            },
          },
        ]);
      },
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  /** One or more `for target in iter [if cond]...` clauses. */
  comp_for = this.RULE('comp_for', (): A.Comprehension[] => {
    const gens: A.Comprehension[] = [];
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.For);
      const target = this.SUBRULE(this.star_targets);
      this.CONSUME(T.In);
      const iter = this.SUBRULE(this.disjunction);
      const ifs: A.Expr[] = [];
      this.MANY(() => {
        this.CONSUME(T.If);
        ifs.push(this.SUBRULE2(this.disjunction));
      });
      this.ACTION(() => {
        gens.push({ _type: 'comprehension', target, iter, ifs, is_async: false });
      });
    });
    return gens;
  });

  /** for-loop and comprehension targets: primaries (so `in` ends them), optionally starred. */
  star_targets = this.RULE('star_targets', (): A.Expr => {
    const start = this.LA(1);
    const elts = [this.SUBRULE(this.star_target)];
    let comma = false;
    this.MANY({
      GATE: () => EXPR_START.has(this.LA(2).tokenType),
      DEF: () => {
        this.CONSUME(T.Comma);
        comma = true;
        elts.push(this.SUBRULE2(this.star_target));
      },
    });
    this.OPTION(() => {
      this.CONSUME2(T.Comma);
      comma = true;
    });
    return this.ACTION(() => {
      const t: A.Expr = comma ? { _type: 'Tuple', elts, ctx: 'Load', ...this.to(start) } : elts[0]!;
      this.storeTarget(t);
      return t;
    });
  });

  star_target = this.RULE('star_target', (): A.Expr => {
    return this.OR([
      {
        ALT: () => {
          const star = this.CONSUME(T.Star);
          const value = this.SUBRULE(this.star_target);
          return this.ACTION((): A.Expr => ({ _type: 'Starred', value, ctx: 'Load', ...this.to(star) }));
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  yield_expr = this.RULE('yield_expr', (): A.Expr => {
    const kw = this.CONSUME(T.Yield);
    let result: A.Expr | undefined;
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.From);
            const value = this.SUBRULE(this.expression);
            this.ACTION(() => (result = { _type: 'YieldFrom', value, ...this.to(kw) }));
          },
        },
        {
          ALT: () => {
            const value = this.SUBRULE(this.star_expressions);
            this.ACTION(() => (result = { _type: 'Yield', value, ...this.to(kw) }));
          },
        },
      ]);
    });
    return this.ACTION(() => result ?? { _type: 'Yield', value: null, ...tokSpan(kw, kw) });
  });
}

function emptyArguments(): A.Arguments {
  return { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function entryPos(e: ParamEntry): Pos {
  return e.kind === 'slash' || (e.kind === 'star' && e.arg === null) ? tokSpan(e.tok, e.tok) : e.arg!;
}

/** `f(x for x in y)`: CPython positions the generator at the call's parentheses. */
function fixGenexpPosition(call: CallArgs, lp: Tok, rp: Tok): void {
  const only = call.args[0];
  if (call.args.length === 1 && call.keywords.length === 0 && only!._type === 'GeneratorExp') {
    Object.assign(only!, tokSpan(lp, rp));
  }
}

/** Build left-associative BinOps from operands and operators by precedence climbing. Each
 *  BinOp spans the tokens of its operands (starts/ends hold each operand's first/last token). */
function climb(operands: A.Expr[], ops: Tok[], starts: Tok[], ends: Tok[]): A.Expr {
  let i = 0;
  // Extend `left` (operands lo..i) with operators of precedence >= minPrec.
  const extend = (left: A.Expr, lo: number, minPrec: number): A.Expr => {
    while (i < ops.length) {
      const [op, prec] = BINOP.get(ops[i]!.tokenType)!;
      if (prec < minPrec) break;
      i++;
      const rlo = i;
      let right = operands[i]!;
      // Tighter operators to the right bind to the right operand first.
      while (i < ops.length && BINOP.get(ops[i]!.tokenType)![1] > prec) right = extend(right, rlo, prec + 1);
      left = { _type: 'BinOp', left, op, right, ...tokSpan(starts[lo]!, ends[i]!) };
    }
    return left;
  };
  return extend(operands[0]!, 0, 0);
}
