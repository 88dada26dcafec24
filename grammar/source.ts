// The source being parsed, normalised the way CPython's tokenizer reads it (\r\n and \r become
// \n), with a line-start table for turning offsets into (line, column) positions.

export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line; lineStarts[0] is line 1. */
  readonly lineStarts: number[];

  constructor(raw: string) {
    this.text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** 1-based line holding `offset`, searching upward from `hint` (a line at or before it). */
  lineOf(offset: number, hint = 1): number {
    const starts = this.lineStarts;
    let line = hint;
    // Tokens arrive in order, so a short forward walk beats a binary search in the common case.
    while (line < starts.length && starts[line]! <= offset) line++;
    return line;
  }

  /** The text of a 1-based line, without its newline (SyntaxError.text). */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = this.text.indexOf('\n', start);
    return end === -1 ? this.text.slice(start) : this.text.slice(start, end);
  }

  /** Number of the last line that holds any character (CPython's "detected at line N"). */
  lastContentLine(): number {
    const n = this.lineStarts.length;
    return this.text.endsWith('\n') && n > 1 ? n - 1 : n;
  }
}
