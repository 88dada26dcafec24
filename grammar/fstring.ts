// f-string bodies → literal and replacement-field parts, as CPython 3.11 splits them: `{{`/`}}`
// are literal braces, `{expr!c:spec}` a field whose spec may itself hold fields, `{expr=}` the
// self-documenting form. The expressions are parsed by a callback (the same parser, run on the
// field's text), so this module knows nothing of grammar rules.

import type { Expr } from './ast.js';
import { decodeEscapes } from './strings.js';

export type FPart =
  | { kind: 'str'; value: string }
  | { kind: 'field'; value: Expr; conversion: number; spec: FPart[] | null };

/** Parses one replacement-field expression whose first character sits at (line, col). */
export type FragmentParser = (text: string, line: number, col: number) => Expr;

/** An f-string problem; `at` is the body index it refers to. */
export class FStringError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

export function splitFString(
  body: string,
  raw: boolean,
  bodyLine: number,
  bodyCol: number,
  parseFragment: FragmentParser,
): FPart[] {
  let i = 0;

  // Source position of body index k (bodies of triple-quoted strings span lines).
  const posOf = (k: number): [number, number] => {
    const nl = body.lastIndexOf('\n', k - 1);
    if (nl === -1) return [bodyLine, bodyCol + k];
    let line = bodyLine;
    for (let j = body.indexOf('\n'); j !== -1 && j < k; j = body.indexOf('\n', j + 1)) line++;
    return [line, k - nl - 1];
  };

  // Parts up to the end of the body, or (inside a format spec) up to its closing '}'.
  const parts = (inSpec: boolean): FPart[] => {
    const out: FPart[] = [];
    let lit = '';
    const flush = (): void => {
      if (lit !== '') out.push({ kind: 'str', value: decodeEscapes(lit, raw, false) });
      lit = '';
    };
    while (i < body.length) {
      const c = body[i]!;
      if (c === '{') {
        if (!inSpec && body[i + 1] === '{') {
          lit += '{';
          i += 2;
          continue;
        }
        flush();
        i++;
        field(out);
      } else if (c === '}') {
        if (inSpec) break;
        if (body[i + 1] === '}') {
          lit += '}';
          i += 2;
          continue;
        }
        throw new FStringError("f-string: single '}' is not allowed", i);
      } else if (c === '\\' && !raw && i + 1 < body.length) {
        // Keep an escape pair together so `\{` style text is not taken for a brace.
        lit += body.slice(i, i + 2);
        i += 2;
      } else {
        lit += c;
        i++;
      }
    }
    flush();
    return out;
  };

  // One replacement field; i is just past its '{'.
  const field = (out: FPart[]): void => {
    const start = i;
    let depth = 0;
    let quote: string | null = null;
    for (; i < body.length; i++) {
      const c = body[i]!;
      if (quote !== null) {
        if (body.startsWith(quote, i)) {
          i += quote.length - 1;
          quote = null;
        }
        continue;
      }
      if (c === "'" || c === '"') {
        quote = body.startsWith(c + c + c, i) ? c + c + c : c;
        i += quote.length - 1;
      } else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || (c === '}' && depth > 0)) depth--;
      else if (depth === 0) {
        if (c === '}' || c === ':') break;
        if (c === '!' && body[i + 1] !== '=') break;
        if (c === '=' && body[i + 1] !== '=' && !'=!<>'.includes(body[i - 1] ?? '')) break;
      }
    }
    const text = body.slice(start, i);
    if (i >= body.length) throw new FStringError("f-string: expecting '}'", start);
    if (text.includes('\\')) throw new FStringError('f-string expression part cannot include a backslash', start);
    if (text.trim() === '') throw new FStringError('f-string: empty expression not allowed', start);
    const [line, col] = posOf(start);
    const value = parseFragment(text, line, col);

    let conversion = -1;
    let selfDoc = false;
    if (body[i] === '=') {
      selfDoc = true;
      // The literal text of the expression, '=' included, precedes the value (CPython keeps
      // whitespace around the '=' too).
      let j = i + 1;
      while (body[j] === ' ') j++;
      out.push({ kind: 'str', value: body.slice(start, j) });
      i = j;
    }
    if (body[i] === '!') {
      const conv = body[i + 1];
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        throw new FStringError("f-string: invalid conversion character: expected 's', 'r', or 'a'", i + 1);
      }
      conversion = conv.charCodeAt(0);
      i += 2;
    }
    let spec: FPart[] | null = null;
    if (body[i] === ':') {
      i++;
      spec = parts(true);
    }
    if (body[i] !== '}') throw new FStringError("f-string: expecting '}'", i);
    i++;
    if (selfDoc && conversion === -1 && spec === null) conversion = 114; // `{x=}` means `{x=!r}`
    out.push({ kind: 'field', value, conversion, spec });
  };

  return parts(false);
}
