// Adjacent string literal tokens → one Constant (str or bytes) or JoinedStr (when any of them is
// an f-string), as CPython 3.11 builds them: implicit concatenation, and every part of a
// JoinedStr (and of its format specs) positioned at the whole literal, while the expressions
// inside replacement fields keep their own source positions.

import type { IToken } from './chevrotain.js';
import type * as A from './ast.js';
import { PythonSyntaxError } from './errors.js';
import type { FPart } from './fstring.js';
import type { SourceText } from './source.js';
import { decodeEscapes, EscapeError, splitString, toBytes } from './strings.js';

/** What string building needs from the parse in progress. */
export interface StringContext {
  src: SourceText;
  /** f-string parts prepared before parsing (see parse.ts), or the error preparing them hit. */
  fparts: Map<IToken, FPart[] | PythonSyntaxError>;
}

export function buildString(toks: IToken[], ctx: StringContext): A.Expr {
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  const pos: A.Position = {
    lineno: first.startLine!,
    col_offset: first.startColumn!,
    end_lineno: last.endLine!,
    end_col_offset: last.endColumn!,
  };
  const fail = (msg: string, tok: IToken): PythonSyntaxError =>
    new PythonSyntaxError('SyntaxError', msg, tok.startLine!, tok.startColumn! + 1, tok.endLine!, tok.endColumn! + 1,
      ctx.src.lineText(tok.startLine!));

  let bytesSeen = false;
  let strSeen = false;
  let anyF = false;
  const parts: FPart[] = [];
  for (const tok of toks) {
    const s = splitString(tok.image);
    if (s.bytes) bytesSeen = true;
    else strSeen = true;
    if (bytesSeen && strSeen) throw fail('cannot mix bytes and nonbytes literals', first);
    if (s.fstring) {
      anyF = true;
      const prepared = ctx.fparts.get(tok);
      if (prepared instanceof PythonSyntaxError) throw prepared;
      parts.push(...(prepared ?? []));
      continue;
    }
    try {
      parts.push({ kind: 'str', value: decodeEscapes(s.body, s.raw, s.bytes) });
    } catch (e) {
      if (e instanceof EscapeError) throw fail(e.message, tok);
      throw e;
    }
  }

  if (!anyF) {
    const text = parts.map((p) => (p.kind === 'str' ? p.value : '')).join('');
    const value: A.ConstantValue = bytesSeen ? { kind: 'bytes', value: toBytes(text) } : { kind: 'str', value: text };
    return { _type: 'Constant', value, ...pos };
  }
  return { _type: 'JoinedStr', values: joinedValues(parts, pos), ...pos };
}

/** FPart list → JoinedStr values: adjacent literals merged, empty ones dropped. */
function joinedValues(parts: FPart[], pos: A.Position): A.Expr[] {
  const out: A.Expr[] = [];
  let lit = '';
  for (const p of parts) {
    if (p.kind === 'str') {
      lit += p.value;
      continue;
    }
    if (lit !== '') out.push({ _type: 'Constant', value: { kind: 'str', value: lit }, ...pos });
    lit = '';
    const format_spec: A.JoinedStr | null = p.spec === null ? null : { _type: 'JoinedStr', values: joinedValues(p.spec, pos), ...pos };
    out.push({ _type: 'FormattedValue', value: p.value, conversion: p.conversion, format_spec, ...pos });
  }
  if (lit !== '') out.push({ _type: 'Constant', value: { kind: 'str', value: lit }, ...pos });
  return out;
}
