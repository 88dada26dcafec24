// Python regular-expression syntax → a JavaScript RegExp source. The engines agree on most
// syntax; this rewrites the parts that differ: named groups (?P<n>...) and (?P=n), \A and \Z,
// Python's `$` (end, or before a final newline), inline global flags (?imsx), comments (?#...),
// and VERBOSE whitespace/comments.
export const FLAG = { TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 };

const INLINE: Record<string, number> = { i: FLAG.IGNORECASE, m: FLAG.MULTILINE, s: FLAG.DOTALL, x: FLAG.VERBOSE, a: FLAG.ASCII, u: FLAG.UNICODE, L: FLAG.LOCALE };

export class PatternSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

export interface Translated {
  source: string;
  flags: number;
  groups: number;
  groupNames: Map<string, number>;
}

export function translate(pattern: string, flags: number): Translated {
  // Leading inline flags apply to the whole pattern.
  const lead = /^\(\?([aiLmsux]+)\)/.exec(pattern);
  if (lead) for (const c of lead[1]) flags |= INLINE[c];
  let out = '';
  let i = 0;
  let inClass = false;
  let groups = 0;
  const groupNames = new Map<string, number>();
  const verbose = (flags & FLAG.VERBOSE) !== 0;
  const multiline = (flags & FLAG.MULTILINE) !== 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) throw new PatternSyntaxError('bad escape (end of pattern)', i);
      if (!inClass && next === 'A') out += '(?<![\\s\\S])';
      else if (!inClass && next === 'Z') out += '(?![\\s\\S])';
      else out += c + next;
      i += 2;
      continue;
    }
    if (inClass) {
      // A literal '[' inside a class is fine in both engines; nothing else needs rewriting.
      if (c === ']') inClass = false;
      out += c;
      i++;
      continue;
    }
    if (verbose && /\s/.test(c)) {
      i++;
      continue;
    }
    if (verbose && c === '#') {
      while (i < n && pattern[i] !== '\n') i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      i++;
      // ']' right after '[' or '[^' is a literal in Python.
      if (pattern[i] === '^') {
        out += '^';
        i++;
      }
      if (pattern[i] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '$') {
      out += multiline ? '$' : '(?=\\n?(?![\\s\\S]))';
      i++;
      continue;
    }
    if (c === '(') {
      if (pattern[i + 1] !== '?') {
        groups++;
        out += c;
        i++;
        continue;
      }
      const rest = pattern.slice(i + 2);
      let m: RegExpExecArray | null;
      if ((m = /^P<([A-Za-z_]\w*)>/.exec(rest))) {
        groups++;
        if (groupNames.has(m[1])) throw new PatternSyntaxError(`redefinition of group name '${m[1]}' as group ${groups}; was group ${groupNames.get(m[1])}`, i + 4);
        groupNames.set(m[1], groups);
        out += `(?<${m[1]}>`;
        i += 2 + m[0].length;
        continue;
      }
      if ((m = /^P=([A-Za-z_]\w*)\)/.exec(rest))) {
        if (!groupNames.has(m[1])) throw new PatternSyntaxError(`unknown group name '${m[1]}'`, i + 4);
        out += `\\k<${m[1]}>`;
        i += 2 + m[0].length;
        continue;
      }
      if ((m = /^<([A-Za-z_]\w*)>/.exec(rest))) {
        // (?<name>...) is not Python syntax before 3.12... but lookbehind starts "(?<=" / "(?<!".
        throw new PatternSyntaxError(`unknown extension ?<${m[1][0]}`, i + 1);
      }
      if (rest.startsWith('#')) {
        const close = pattern.indexOf(')', i);
        if (close < 0) throw new PatternSyntaxError('missing ), unterminated comment', i);
        i = close + 1;
        continue;
      }
      if ((m = /^([aiLmsux]+)\)/.exec(rest))) {
        if (i !== 0) throw new PatternSyntaxError('global flags not at the start of the expression', i);
        i += 2 + m[0].length;
        continue;
      }
      out += '(?';
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  if (inClass) throw new PatternSyntaxError('unterminated character set', pattern.lastIndexOf('['));
  return { source: out, flags, groups, groupNames };
}

/** The JS flags for a translated pattern (the caller adds 'g'/'y' and 'd'). */
export function jsFlags(flags: number): string {
  return (flags & FLAG.IGNORECASE ? 'i' : '') + (flags & FLAG.MULTILINE ? 'm' : '') + (flags & FLAG.DOTALL ? 's' : '');
}
