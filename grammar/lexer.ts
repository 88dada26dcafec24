// Python source text → the token stream the parser reads. chevrotain scans the raw tokens; our
// layout pass (layout.ts) then adds NEWLINE/INDENT/DEDENT as CPython's tokenizer does.
//
// Reentrancy: the chevrotain Lexer object holds no per-call state, and the layout pass keeps its
// indent stack in locals, so one lexer serves any number of (even nested) tokenize calls.

import { Lexer, type IToken } from './chevrotain.js';
import { SCANNED_TOKENS } from './tokens.js';
import { layout, type LayoutResult } from './layout.js';
import { SourceText } from './source.js';

let lexer: Lexer | undefined;

/** The chevrotain lexer, built on first use so that importing this module costs nothing. */
function getLexer(): Lexer {
  lexer ??= new Lexer(SCANNED_TOKENS, {
    // We compute line/column ourselves from offsets (SourceText), which is cheaper than
    // chevrotain's line tracking and gives CPython's 0-based columns directly.
    positionTracking: 'onlyOffset',
    ensureOptimizations: false,
    skipValidations: process.env.TFTS_GRAMMAR_VALIDATE !== '1',
  });
  return lexer;
}

export interface TokenizeOptions {
  /** Tokenize as if inside brackets (f-string replacement fields): no NEWLINE/INDENT/DEDENT. */
  bracketed?: boolean;
  /** Shift positions: lines by lineDelta, columns on the first line by colDelta. */
  lineDelta?: number;
  colDelta?: number;
}

/** Raw chevrotain tokens for text already normalised to `\n` line ends. */
export function scan(text: string): IToken[] {
  const result = getLexer().tokenize(text);
  // The ErrorChar token catches every character nothing else matches, so chevrotain itself never
  // reports lexing errors; this guards against a pattern bug turning into silently dropped text.
  if (result.errors.length > 0) throw new Error(`lexer: ${result.errors[0]!.message}`);
  return result.tokens;
}

/** Tokenize Python source: the raw scan plus the layout pass. Errors found by the layout pass
 *  are returned, not thrown, together with the tokens before them (see LayoutResult). */
export function tokenize(source: SourceText, options: TokenizeOptions = {}): LayoutResult {
  return layout(scan(source.text), source, options);
}
