// Syntax errors found while tokenizing or parsing, carrying what CPython's SyntaxError carries,
// so the interpreter can print CPython's report (file, line, source line, caret, message).

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PythonSyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    /** CPython's message text, e.g. "invalid syntax", "expected ':'". */
    readonly msg: string,
    /** 1-based line of the error. */
    readonly lineno: number,
    /** 1-based column where the caret starts, as SyntaxError.offset. */
    readonly offset: number,
    /** 1-based line/column just past the error, as SyntaxError.end_lineno/end_offset. */
    readonly endLineno: number,
    readonly endOffset: number,
    /** The source line the error is on, without its newline. */
    readonly text: string,
  ) {
    super(`${kind}: ${msg} (line ${lineno})`);
  }
}
