// RE2 patterns (TF's regex ops) as JavaScript RegExps, and RE2's rewrite strings. The syntax
// overlaps for what scripts write (classes, groups, quantifiers, anchors, \d \w \s \b); the
// differences translated here: (?P<name>…) groups, \A and \z anchors, \Q…\E literals, POSIX
// classes [[:alpha:]], leading (?i)/(?s)/(?m) flags. Both sides run on the UTF-8 decoded text.
// Invalid patterns raise RE2's message for the common mistakes (unbalanced brackets).

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z', alpha: 'A-Za-z', ascii: '\\x00-\\x7f', blank: '\\t ', cntrl: '\\x00-\\x1f\\x7f', digit: '0-9',
  graph: '!-~', lower: 'a-z', print: ' -~', punct: '!-\\/:-@\\[-`{-~', space: '\\t\\n\\v\\f\\r ', upper: 'A-Z',
  word: '0-9A-Za-z_', xdigit: '0-9A-Fa-f',
};

const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** RE2's complaint about an unbalanced pattern, or null. */
function balanceError(p: string): string | null {
  let depth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      const start = i;
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') {
        if (p[i] === '\\') i++;
        else if (p[i] === '[' && p[i + 1] === ':') {
          const close = p.indexOf(':]', i + 2);
          if (close > 0) i = close + 1;
        }
        i++;
      }
      if (i >= p.length) return `missing ]: ${p.slice(start)}`;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return `unexpected ): ${p}`;
      depth--;
    }
  }
  return depth > 0 ? `missing ): ${p}` : null;
}

export class Re2Error extends Error {}

/** The JS source and flags for an RE2 pattern; throws Re2Error with RE2's text when invalid. */
export function re2ToJs(pattern: string): { source: string; flags: string } {
  const bad = balanceError(pattern);
  if (bad) throw new Re2Error(bad);
  let p = pattern;
  let flags = '';
  const lead = /^\(\?([imsU]+)\)/.exec(p);
  if (lead) {
    for (const f of lead[1]) if (f !== 'U' && !flags.includes(f)) flags += f;
    p = p.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1];
      if (n === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        const lit = end < 0 ? p.slice(i + 2) : p.slice(i + 2, end);
        out += escapeLiteral(lit);
        i = end < 0 ? p.length : end + 1;
      } else if (!inClass && n === 'A') {
        out += '(?<![\\s\\S])';
        i++;
      } else if (!inClass && n === 'z') {
        out += '(?![\\s\\S])';
        i++;
      } else {
        out += c + (n ?? '');
        i++;
      }
      continue;
    }
    if (inClass) {
      if (c === '[' && p[i + 1] === ':') {
        const close = p.indexOf(':]', i + 2);
        const name = close > 0 ? p.slice(i + 2, close) : '';
        const negated = name.startsWith('^');
        const cls = POSIX[negated ? name.slice(1) : name];
        if (cls !== undefined && !negated) {
          out += cls;
          i = close + 1;
          continue;
        }
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (p[i + 1] === '^') out += p[++i];
      if (p[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && p.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    out += c;
  }
  return { source: out, flags };
}

/** RE2's rewrite: \0-\9 insert groups, \\ a backslash; everything else (including $) is literal. */
export function re2Rewrite(rewrite: string): (match: string, groups: readonly (string | undefined)[]) => string {
  const parts: (string | number)[] = [];
  let lit = '';
  for (let i = 0; i < rewrite.length; i++) {
    const c = rewrite[i];
    const n = rewrite[i + 1];
    if (c === '\\' && n !== undefined && n >= '0' && n <= '9') {
      parts.push(lit, Number(n));
      lit = '';
      i++;
    } else if (c === '\\' && n === '\\') {
      lit += '\\';
      i++;
    } else lit += c;
  }
  parts.push(lit);
  return (match, groups) => parts.map((p) => (typeof p === 'string' ? p : p === 0 ? match : (groups[p - 1] ?? ''))).join('');
}
