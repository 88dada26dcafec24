// The layout pass: CPython's tokenizer rules that a regular-expression scanner cannot express.
// It turns physical line breaks into logical NEWLINE tokens (none inside brackets, none for blank
// or comment-only lines), derives INDENT/DEDENT from an indent stack (tab stops of 8, plus the
// tab-size-1 shadow stack CPython uses to detect TabError), checks bracket nesting, and reports
// tokenizer-level errors (unterminated strings, bad numbers, stray characters).
//
// CPython tokenizes lazily, so a parse error earlier in the file wins over a tokenizer error
// later in it. To keep that order we do not throw here: we stop at the first error and return it
// with the tokens before it; the parser reports it only if parsing gets that far.
//
// All state lives in locals of layout(), which keeps tokenizing reentrant.

import { createTokenInstance, type IToken, type TokenType } from './chevrotain.js';
import { PythonSyntaxError, type SyntaxErrorKind } from './errors.js';
import type { SourceText } from './source.js';
import type { TokenizeOptions } from './lexer.js';
import * as T from './tokens.js';

export interface LayoutResult {
  tokens: IToken[];
  /** A tokenizer error found after the last returned token, if any. */
  error: PythonSyntaxError | null;
  /** The error is "'(' was never closed": CPython raises it only when parsing reaches the end,
   *  whereas other tokenizer errors override any parse error (CPython re-tokenizes the whole
   *  file after a syntax error and reports the tokenizer's complaint instead). */
  errorAtEof: boolean;
}

const OPENERS: ReadonlyMap<TokenType, string> = new Map([
  [T.LParen, '('],
  [T.LBracket, '['],
  [T.LBrace, '{'],
]);
const CLOSERS: ReadonlyMap<TokenType, string> = new Map([
  [T.RParen, ')'],
  [T.RBracket, ']'],
  [T.RBrace, '}'],
]);
const MATCHING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Keywords CPython 3.11 still accepts glued to a number (`1if x else 2`), with a warning. */
const NUMBER_FOLLOWERS = /^(?:and|else|for|if|in|is|not|or)(?![\p{XID_Continue}])/u;
const IDENT_CHAR = /[\p{XID_Continue}]/u;

export function layout(raw: IToken[], src: SourceText, options: TokenizeOptions): LayoutResult {
  const text = src.text;
  const lineDelta = options.lineDelta ?? 0;
  const colDelta = options.colDelta ?? 0;
  const out: IToken[] = [];
  const indents = [0];
  const altIndents = [0];
  const brackets: IToken[] = [];
  let atLineStart = true;
  let line = 1;

  // Give a raw token CPython-style positions (see tokens.ts): 1-based lines, 0-based columns,
  // exclusive end column.
  const place = (tok: IToken): void => {
    line = src.lineOf(tok.startOffset, line);
    const endOffset = tok.startOffset + tok.image.length;
    const endLine = src.lineOf(endOffset - 1, line);
    tok.startLine = line + lineDelta;
    tok.startColumn = tok.startOffset - src.lineStarts[line - 1]! + (line === 1 ? colDelta : 0);
    tok.endLine = endLine + lineDelta;
    tok.endColumn = endOffset - src.lineStarts[endLine - 1]! + (endLine === 1 ? colDelta : 0);
  };

  const synth = (type: TokenType, ln: number, col: number, endCol: number, offset: number): IToken =>
    createTokenInstance(type, '', offset, offset, ln + lineDelta, ln + lineDelta, col, endCol);

  const fail = (
    kind: SyntaxErrorKind,
    msg: string,
    ln: number,
    offset: number,
    endLn: number,
    endOffset: number,
    atEof = false,
  ): LayoutResult => ({
    tokens: out,
    errorAtEof: atEof,
    error: new PythonSyntaxError(kind, msg, ln + lineDelta, offset, endLn + lineDelta, endOffset, src.lineText(ln)),
  });

  for (const tok of raw) {
    const type = tok.tokenType;
    if (type === T.LineBreak) {
      if (brackets.length === 0 && !atLineStart && !options.bracketed) {
        line = src.lineOf(tok.startOffset, line);
        const col = tok.startOffset - src.lineStarts[line - 1]!;
        out.push(synth(T.Newline, line, col, col + 1, tok.startOffset));
        atLineStart = true;
      }
      continue;
    }
    place(tok);
    const ln = tok.startLine! - lineDelta;
    const col = tok.startColumn!;

    if (atLineStart && !options.bracketed) {
      atLineStart = false;
      // Measure the indentation as CPython does: tabs to the next multiple of 8 (col) and as
      // one column (altcol); a form feed resets both.
      let width = 0;
      let alt = 0;
      for (let i = src.lineStarts[ln - 1]!; i < tok.startOffset; i++) {
        const c = text.charCodeAt(i);
        if (c === 32) {
          width++;
          alt++;
        } else if (c === 9) {
          width = (Math.floor(width / 8) + 1) * 8;
          alt++;
        } else if (c === 12) {
          width = 0;
          alt = 0;
        }
      }
      const top = indents[indents.length - 1]!;
      const tabError = (): LayoutResult =>
        fail('TabError', 'inconsistent use of tabs and spaces in indentation', ln, 1, ln, 0);
      if (width === top) {
        if (alt !== altIndents[altIndents.length - 1]) return tabError();
      } else if (width > top) {
        if (alt <= altIndents[altIndents.length - 1]!) return tabError();
        indents.push(width);
        altIndents.push(alt);
        out.push(synth(T.Indent, ln, 0, col, tok.startOffset));
      } else {
        while (indents.length > 1 && width < indents[indents.length - 1]!) {
          indents.pop();
          altIndents.pop();
          out.push(synth(T.Dedent, ln, col, col, tok.startOffset));
        }
        if (width !== indents[indents.length - 1]) {
          const lineLen = src.lineText(ln).length;
          return fail('IndentationError', 'unindent does not match any outer indentation level', ln, lineLen + 1, ln, -1);
        }
        if (alt !== altIndents[altIndents.length - 1]) return tabError();
      }
    }

    if (OPENERS.has(type)) {
      brackets.push(tok);
    } else if (CLOSERS.has(type)) {
      const close = CLOSERS.get(type)!;
      const open = brackets.pop();
      if (open === undefined) return fail('SyntaxError', `unmatched '${close}'`, ln, col + 1, ln, col + 1);
      const openChar = OPENERS.get(open.tokenType)!;
      if (MATCHING[close] !== openChar) {
        const where = open.startLine === tok.startLine ? '' : ` on line ${open.startLine}`;
        const msg = `closing parenthesis '${close}' does not match opening parenthesis '${openChar}'${where}`;
        return fail('SyntaxError', msg, ln, col + 1, ln, col + 1);
      }
    } else if (type === T.NumberLit) {
      const bad = checkNumberEnd(tok, text, col);
      if (bad !== null) return fail('SyntaxError', bad.msg, ln, bad.offset, ln, bad.endOffset);
    } else if (type === T.UnterminatedString) {
      return fail('SyntaxError', `unterminated string literal (detected at line ${ln + lineDelta})`, ln, col + 1, ln, col + 1);
    } else if (type === T.UnterminatedTriple) {
      const last = src.lastContentLine() + lineDelta;
      return fail('SyntaxError', `unterminated triple-quoted string literal (detected at line ${last})`, ln, col + 1, ln, col + 1);
    } else if (type === T.BadContinuation) {
      return fail('SyntaxError', 'unexpected character after line continuation character', ln, col + 2, ln, 0);
    } else if (type === T.ErrorChar) {
      const cp = tok.image.codePointAt(0)!;
      if (cp < 128) return fail('SyntaxError', 'invalid syntax', ln, col + 1, ln, col + 2);
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      return fail('SyntaxError', `invalid character '${tok.image}' (U+${hex})`, ln, col + 1, ln, col + 2);
    }
    out.push(tok);
  }

  if (!options.bracketed) {
    if (brackets.length > 0) {
      const open = brackets[brackets.length - 1]!;
      const ln = open.startLine! - lineDelta;
      return fail('SyntaxError', `'${open.image}' was never closed`, ln, open.startColumn! + 1, ln, 0, true);
    }
    const lastLine = src.lineStarts.length;
    const endCol = text.length - src.lineStarts[lastLine - 1]!;
    if (!atLineStart) out.push(synth(T.Newline, lastLine, endCol, endCol + 1, text.length));
    for (let i = 1; i < indents.length; i++) out.push(synth(T.Dedent, lastLine, endCol, endCol, text.length));
  }
  return { tokens: out, error: null, errorAtEof: false };
}

interface NumberError {
  msg: string;
  offset: number;
  endOffset: number;
}

/** CPython's checks on what a number literal may be followed by, and on leading zeros. */
function checkNumberEnd(tok: IToken, text: string, col: number): NumberError | null {
  const image = tok.image;
  const next = text[tok.startOffset + image.length];
  if (next !== undefined && IDENT_CHAR.test(next)) {
    const nextCol = col + image.length;
    if (image === '0' && /[xXoObB]/.test(next)) {
      const base = { x: 'hexadecimal', o: 'octal', b: 'binary' }[next.toLowerCase() as 'x' | 'o' | 'b'];
      return { msg: `invalid ${base} literal`, offset: nextCol + 1, endOffset: nextCol + 1 };
    }
    if (next === '_') return { msg: 'invalid decimal literal', offset: nextCol + 1, endOffset: nextCol + 1 };
    const rest = text.slice(tok.startOffset + image.length, tok.startOffset + image.length + 6);
    if (!NUMBER_FOLLOWERS.test(rest)) return { msg: 'invalid decimal literal', offset: nextCol, endOffset: nextCol };
  }
  if (/^0[0-9_]*[1-9][0-9_]*$/.test(image)) {
    return {
      msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
      offset: col + 1,
      endOffset: col + image.length,
    };
  }
  return null;
}
