// Printing uncaught exceptions and syntax errors exactly as CPython 3.11 does: the frames with
// their source lines and caret markers (`^^^^`, `~~^~~` for operators, `~^^^` for subscripts),
// chained exceptions, and "Did you mean" suggestions for NameError and AttributeError.
import type * as A from '../../grammar/ast.js';
import type { PythonSyntaxError } from '../../grammar/errors.js';
import { PyBaseException, TracebackEntry } from './objects/exceptions.js';
import { PyModule } from './objects/function.js';
import { PyType } from './objects/core.js';
import { exceptionStr } from './ops/text.js';
import { dirNames } from './ops/attr.js';
import { suggestName } from './suggestions.js';

/** Source text of every file we ran, so tracebacks can quote lines (CPython's linecache). */
export const sourceCache = new Map<string, string[]>();

export function rememberSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split(/\r\n|\r|\n/));
}

function sourceLine(filename: string, lineno: number): string | null {
  const lines = sourceCache.get(filename);
  if (!lines || lineno < 1 || lineno > lines.length) return null;
  return lines[lineno - 1];
}

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\f';

function formatEntry(entry: TracebackEntry): string {
  const { filename, name, pos } = entry;
  let out = `  File "${filename}", line ${pos.lineno}, in ${name}\n`;
  const line = sourceLine(filename, pos.lineno);
  if (line === null) return out;
  const stripped = line.trim();
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  let truncation = 0;
  while (truncation < line.length && isBlank(line[truncation])) truncation++;
  const start = pos.col_offset;
  let end = pos.end_col_offset;
  let anchors: [number, number] | null = null;
  if (pos.lineno === pos.end_lineno) anchors = caretAnchors(pos as A.AnyNode);
  else {
    let i = line.length;
    while (--i >= 0 && /\s/.test(line[i]));
    end = i + 1;
  }
  if (end - start === stripped.length && anchors === null) return out;
  if (end <= start) return out;
  let carets = '';
  const primary = anchors ? '~' : '^';
  for (let i = start; i < end; i++) {
    carets += anchors && i >= anchors[0] && i < anchors[1] ? '^' : primary;
  }
  return out + `    ${' '.repeat(start - truncation)}${carets}\n`;
}

/** The [start, end) columns of the secondary marker for a BinOp's operator or a subscript. */
function caretAnchors(node: A.AnyNode): [number, number] | null {
  if (!('_type' in node)) return null;
  if (node._type === 'BinOp') {
    const line = sourceLineFromNode(node);
    if (line === null) return null;
    let opStart = node.left.end_col_offset;
    // Skip whitespace and closing parentheses between the left operand and the operator.
    while (opStart < node.right.col_offset && (isBlank(line[opStart]) || line[opStart] === ')')) opStart++;
    let opEnd = opStart + 1;
    if (opEnd < node.right.col_offset && !/\s/.test(line[opEnd]) && line[opEnd] !== '(') opEnd++;
    return [opStart, opEnd];
  }
  if (node._type === 'Subscript') return [node.value.end_col_offset, node.slice.end_col_offset + 1];
  return null;
}

let currentFile = '';
function sourceLineFromNode(node: A.Position): string | null {
  return sourceLine(currentFile, node.lineno);
}

/** The exception type as the last traceback line names it (module-qualified unless builtin). */
export function exceptionTypeName(cls: PyType): string {
  return cls.module === 'builtins' || cls.module === '__main__' ? cls.qualname : `${cls.module}.${cls.qualname}`;
}

export function formatExceptionOnly(e: PyBaseException): string {
  const name = exceptionTypeName(e.cls);
  let msg = exceptionStr(e);
  msg += suggestionSuffix(e);
  return msg === '' ? `${name}\n` : `${name}: ${msg}\n`;
}

function suggestionSuffix(e: PyBaseException): string {
  const name = e.dict.get('name');
  if (typeof name !== 'string') return '';
  let groups: string[][] | null = null;
  if (e.cls.mro.some((t) => t.name === 'AttributeError' && t.module === 'builtins') && e.dict.has('obj')) {
    const obj = e.dict.get('obj')!;
    try {
      groups = [obj instanceof PyModule ? [...obj.dict.keys()].sort() : dirNames(obj)];
    } catch {
      groups = null;
    }
  } else if (e.cls.mro.some((t) => t.name === 'NameError' && t.module === 'builtins') && e.nameCandidates) {
    groups = e.nameCandidates();
  }
  for (const candidates of groups ?? []) {
    const s = suggestName(name, candidates);
    if (s !== null) return `. Did you mean: '${s}'?`;
  }
  return '';
}

export function formatException(e: PyBaseException, seen = new Set<PyBaseException>()): string {
  seen.add(e);
  let out = '';
  if (e.cause && !seen.has(e.cause)) {
    out += formatException(e.cause, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out += formatException(e.context, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (e.traceback.length) {
    out += 'Traceback (most recent call last):\n';
    for (let i = e.traceback.length - 1; i >= 0; i--) {
      currentFile = e.traceback[i].filename;
      out += formatEntry(e.traceback[i]);
    }
  }
  return out + formatExceptionOnly(e);
}

/** CPython's report of a syntax error: file and line, the stripped line, carets, the message.
 *  As CPython's printer does, only exact SyntaxErrors use their end offset (subclasses such as
 *  IndentationError get one caret) and a caret left of the stripped text is not drawn. */
export function formatSyntaxError(err: PythonSyntaxError, filename: string): string {
  let out = `  File "${filename}", line ${err.lineno}\n`;
  const text = err.text || sourceLine(filename, err.lineno) || '';
  if (text.trim() === '') return out + `${err.kind}: ${err.msg}\n`;
  const stripped = text.replace(/^[ \t\f]+/, '');
  const body = stripped.replace(/\n$/, '');
  out += `    ${body}\n`;
  let endOffset = err.kind === 'SyntaxError' ? err.endOffset : -1;
  if (err.endLineno > err.lineno) endOffset = text.length;
  if (endOffset > text.length + 1) endOffset = text.length + 1;
  const width = endOffset > 0 && endOffset > err.offset ? endOffset - err.offset : 1;
  let offset = err.offset - 1 - (text.length - stripped.length);
  if (offset > body.length) offset = body.length;
  if (err.offset >= 1 && offset >= 0) out += `    ${' '.repeat(offset)}${'^'.repeat(width)}\n`;
  return out + `${err.kind}: ${err.msg}\n`;
}
