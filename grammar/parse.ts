// Parse entry points: tokenize, prepare f-strings, run the chevrotain parser, and turn whatever
// went wrong into CPython's SyntaxError report.
//
// The parser is built on first use (chevrotain's self-analysis is the costly part of startup)
// and reused; a parse sets its input and context first, so calls are independent. f-string
// fields are parsed *before* the enclosing parse starts, because a chevrotain parser cannot be
// re-entered while it is running.

import { EOF, type IRecognitionException, type IToken } from './chevrotain.js';
import type * as A from './ast.js';
import { PythonSyntaxError } from './errors.js';
import { FStringError, splitFString, type FPart } from './fstring.js';
import { tokenize } from './lexer.js';
import type { LayoutResult } from './layout.js';
import { PythonParser } from './parser.js';
import { SourceText } from './source.js';
import { splitString } from './strings.js';
import * as T from './tokens.js';

let parser: PythonParser | undefined;

/** The shared parser; grammar validations run only when TFTS_GRAMMAR_VALIDATE=1 (tests). */
export function getParser(): PythonParser {
  parser ??= new PythonParser(process.env.TFTS_GRAMMAR_VALIDATE !== '1');
  return parser;
}

export function parseModule(source: string, _filename: string): A.Module {
  const src = new SourceText(source);
  return run(src, tokenize(src), (p) => p.file_input());
}

/** One f-string replacement field, parsed as if parenthesised, positioned in the outer source. */
function parseFragment(text: string, line: number, col: number, outer: SourceText): A.Expr {
  const src = new SourceText(text);
  const lexed = tokenize(src, { bracketed: true, lineDelta: line - 1, colDelta: col });
  try {
    return run(src, lexed, (p) => p.fstring_expr());
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    // Report against the real source line, with CPython's f-string prefix.
    throw new PythonSyntaxError(e.kind, `f-string: ${e.msg}`, e.lineno, e.offset, e.endLineno, e.endOffset,
      outer.lineText(e.lineno));
  }
}

/** Split every f-string token up front (see the header comment). Errors are kept, not thrown:
 *  CPython reports them only when parsing reaches the literal. */
function prepareFStrings(tokens: IToken[], src: SourceText): Map<IToken, FPart[] | PythonSyntaxError> {
  const out = new Map<IToken, FPart[] | PythonSyntaxError>();
  for (const tok of tokens) {
    if (tok.tokenType !== T.StringLit) continue;
    const s = splitString(tok.image);
    if (!s.fstring) continue;
    try {
      out.set(tok, splitFString(s.body, s.raw, tok.startLine!, tok.startColumn! + s.bodyStart,
        (text, line, col) => parseFragment(text, line, col, src)));
    } catch (e) {
      if (e instanceof FStringError) {
        out.set(tok, new PythonSyntaxError('SyntaxError', e.message, tok.startLine!, tok.startColumn! + 1,
          tok.endLine!, tok.endColumn! + 1, src.lineText(tok.startLine!)));
      } else if (e instanceof PythonSyntaxError) {
        out.set(tok, e);
      } else {
        throw e;
      }
    }
  }
  return out;
}

function run<R>(src: SourceText, lexed: LayoutResult, entry: (p: PythonParser) => R): R {
  const { tokens, error: layoutError } = lexed;
  const fparts = prepareFStrings(tokens, src);
  const p = getParser();
  p.ctx = { src, fparts };
  p.input = tokens;
  // Which error CPython would report when both the parser and the tokenizer found one.
  const choose = (parseError: PythonSyntaxError, atEof: boolean): PythonSyntaxError => {
    if (layoutError === null) return parseError;
    if (parseError.kind === 'IndentationError' && parseError.msg === 'unexpected indent') return parseError;
    if (lexed.errorAtEof && !atEof) return parseError;
    return layoutError;
  };
  let result: R;
  try {
    result = entry(p);
  } catch (e) {
    if (e instanceof PythonSyntaxError) throw choose(e, p.peek(1).tokenType === EOF);
    throw e;
  }
  if (p.errors.length > 0) {
    const err = p.errors[0]!;
    throw choose(recognitionError(err, tokens, src), err.token.tokenType === EOF);
  }
  if (layoutError !== null) throw layoutError;
  return result;
}

/** chevrotain's "expected X but found Y" → CPython's message and caret. */
function recognitionError(err: IRecognitionException, tokens: IToken[], src: SourceText): PythonSyntaxError {
  const tok = err.token;
  const at = (msg: string, a: IToken, b: IToken, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError') =>
    new PythonSyntaxError(kind, msg, a.startLine!, a.startColumn! + 1, b.endLine!, b.endColumn! + 1, src.lineText(a.startLine!));
  if (tok.tokenType === T.Indent) {
    return new PythonSyntaxError('IndentationError', 'unexpected indent', tok.startLine!, tok.endColumn!, tok.startLine!, -1,
      src.lineText(tok.startLine!));
  }
  if (tok.tokenType === T.Newline) {
    return new PythonSyntaxError('SyntaxError', 'invalid syntax', tok.startLine!, tok.startColumn! + 1, tok.startLine!,
      tok.startColumn! + 1, src.lineText(tok.startLine!));
  }
  const index = tokens.indexOf(tok);
  const prev = index > 0 ? tokens[index - 1]! : undefined;
  if (prev !== undefined && tok.tokenType !== EOF) {
    // `print x`: Python 2's print statement.
    const before = index > 1 ? tokens[index - 2]!.tokenType : T.Newline;
    const stmtStart = before === T.Newline || before === T.Indent || before === T.Dedent || before === T.Semi;
    if (prev.tokenType === T.Name && prev.image === 'print' && stmtStart && ATOM_START.has(tok.tokenType)) {
      let end = index;
      while (end + 1 < tokens.length && tokens[end + 1]!.tokenType !== T.Newline && tokens[end + 1]!.tokenType !== T.Semi) end++;
      return at("Missing parentheses in call to 'print'. Did you mean print(...)?", prev, tokens[end]!);
    }
    // `f(a b)`: two expressions side by side inside brackets.
    if (ATOM_END.has(prev.tokenType) && ATOM_START.has(tok.tokenType) && inExpressionBrackets(tokens, index) &&
      !(prev.tokenType === T.Name && tok.tokenType === T.StringLit)) {
      let first = index - 1;
      while (first >= 2 && tokens[first - 1]!.tokenType === T.Dot && tokens[first - 2]!.tokenType === T.Name) first -= 2;
      return at('invalid syntax. Perhaps you forgot a comma?', tokens[first]!, tok);
    }
  }
  if (tok.tokenType === EOF) {
    const last = tokens[tokens.length - 1];
    if (last === undefined) return new PythonSyntaxError('SyntaxError', 'invalid syntax', 1, 1, 1, 1, src.lineText(1));
    return at('invalid syntax', last, last);
  }
  return at('invalid syntax', tok, tok);
}

const ATOM_START = new Set([T.Name, T.NumberLit, T.StringLit, T.True, T.False, T.None, T.LParen, T.LBracket, T.LBrace]);
const ATOM_END = new Set([T.Name, T.NumberLit, T.StringLit, T.True, T.False, T.None, T.RParen, T.RBracket, T.RBrace]);

/** Is tokens[index] inside brackets where CPython parses an `expression` (its comma hint only
 *  fires there)? Not in a def's parameter list, nor after a comprehension's `for` (whose
 *  iterable and conditions are parsed as bare disjunctions). */
function inExpressionBrackets(tokens: IToken[], index: number): boolean {
  let depth = 0;
  let sawFor = false;
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i]!.tokenType;
    if (t === T.RParen || t === T.RBracket || t === T.RBrace) depth++;
    else if (t === T.LParen || t === T.LBracket || t === T.LBrace) {
      if (depth === 0) {
        const isDefParams = i >= 2 && tokens[i - 1]!.tokenType === T.Name && tokens[i - 2]!.tokenType === T.Def;
        return !sawFor && !isDefParams;
      }
      depth--;
    } else if (t === T.Newline) return false;
    else if (t === T.For && depth === 0) sawFor = true;
  }
  return false;
}
