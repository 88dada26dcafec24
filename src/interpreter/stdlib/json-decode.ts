// json.loads: a recursive-descent parser with the positions and messages of CPython's C scanner,
// reported as json.decoder.JSONDecodeError(msg, doc, pos).
import { PyType, PyValue } from '../objects/core.js';
import { excType, PyBaseException } from '../objects/exceptions.js';
import { PyDict, PyFloat, PyList, PyTuple } from '../objects/values.js';
import { call } from '../ops/call.js';
import { parseFloatLiteral } from '../builtins/constructors.js';
import { normBig } from '../ops/int-math.js';

export const jsonDecodeErrorType = new PyType('JSONDecodeError', [excType('ValueError')], 'json.decoder');

export function decodeError(msg: string, doc: string, pos: number): PyBaseException {
  const lineno = countNewlines(doc, pos) + 1;
  const colno = pos - doc.lastIndexOf('\n', pos - 1);
  const e = new PyBaseException(jsonDecodeErrorType, [`${msg}: line ${lineno} column ${colno} (char ${pos})`]);
  e.dict.set('msg', msg);
  e.dict.set('doc', doc);
  e.dict.set('pos', pos);
  e.dict.set('lineno', lineno);
  e.dict.set('colno', colno);
  return e;
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export interface DecodeHooks {
  objectHook: PyValue;
  objectPairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

export function decode(doc: string, hooks: DecodeHooks): PyValue {
  let pos = 0;
  const skip = () => {
    WS.lastIndex = pos;
    WS.exec(doc);
    pos = WS.lastIndex;
  };

  const parseString = (): string => {
    // pos is just after the opening quote
    const begin = pos - 1;
    let out = '';
    for (;;) {
      let i = pos;
      while (i < doc.length) {
        const c = doc.charCodeAt(i);
        if (c === 0x22 || c === 0x5c || c < 0x20) break;
        i++;
      }
      out += doc.slice(pos, i);
      if (i >= doc.length) throw decodeError('Unterminated string starting at', doc, begin);
      const c = doc[i];
      if (c === '"') {
        pos = i + 1;
        return out;
      }
      if (c !== '\\') throw decodeError('Invalid control character at', doc, i);
      const esc = doc[i + 1];
      if (esc === undefined) throw decodeError('Unterminated string starting at', doc, begin);
      if (esc === 'u') {
        let code = hex4(doc, i + 2);
        if (code < 0) throw decodeError('Invalid \\uXXXX escape', doc, i + 1);
        pos = i + 6;
        if (code >= 0xd800 && code <= 0xdbff && doc[pos] === '\\' && doc[pos + 1] === 'u') {
          const low = hex4(doc, pos + 2);
          if (low >= 0xdc00 && low <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            pos += 6;
          }
        }
        out += String.fromCodePoint(code);
        continue;
      }
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      const ch = simple[esc];
      if (ch === undefined) throw decodeError('Invalid \\escape', doc, i);
      out += ch;
      pos = i + 2;
    }
  };

  const parseValue = (): PyValue => {
    const c = doc[pos];
    switch (c) {
      case '"':
        pos++;
        return parseString();
      case '{':
        pos++;
        return parseObject();
      case '[':
        pos++;
        return parseArray();
      case 'n':
        if (doc.startsWith('null', pos)) {
          pos += 4;
          return null;
        }
        break;
      case 't':
        if (doc.startsWith('true', pos)) {
          pos += 4;
          return true;
        }
        break;
      case 'f':
        if (doc.startsWith('false', pos)) {
          pos += 5;
          return false;
        }
        break;
      case 'N':
        if (doc.startsWith('NaN', pos)) {
          pos += 3;
          return constant(NaN);
        }
        break;
      case 'I':
        if (doc.startsWith('Infinity', pos)) {
          pos += 8;
          return constant(Infinity);
        }
        break;
      case '-':
        if (doc.startsWith('-Infinity', pos)) {
          pos += 9;
          return constant(-Infinity);
        }
        break;
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(doc);
    if (m) {
      pos = NUMBER.lastIndex;
      const text = m[0];
      if (m[1] !== undefined || m[2] !== undefined) {
        if (hooks.parseFloat !== null) return call(hooks.parseFloat, [text], null);
        return new PyFloat(parseFloatLiteral(text));
      }
      if (hooks.parseInt !== null) return call(hooks.parseInt, [text], null);
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : normBig(BigInt(text));
    }
    throw new StopScan(pos);
  };

  const constant = (v: number): PyValue => new PyFloat(v);

  const valueAt = (): PyValue => {
    try {
      return parseValue();
    } catch (e) {
      if (e instanceof StopScan) throw decodeError('Expecting value', doc, e.pos);
      throw e;
    }
  };

  const parseArray = (): PyValue => {
    const items: PyValue[] = [];
    skip();
    if (doc[pos] === ']') {
      pos++;
      return new PyList(items);
    }
    for (;;) {
      items.push(valueAt());
      skip();
      const c = doc[pos];
      pos++;
      if (c === ']') return new PyList(items);
      if (c !== ',') throw decodeError("Expecting ',' delimiter", doc, pos - 1);
      skip();
    }
  };

  const parseObject = (): PyValue => {
    const pairs: [string, PyValue][] = [];
    skip();
    let c = doc[pos];
    if (c === '}') {
      pos++;
      return finishObject(pairs);
    }
    for (;;) {
      if (c !== '"') throw decodeError('Expecting property name enclosed in double quotes', doc, pos);
      pos++;
      const key = parseString();
      skip();
      if (doc[pos] !== ':') throw decodeError("Expecting ':' delimiter", doc, pos);
      pos++;
      skip();
      pairs.push([key, valueAt()]);
      skip();
      c = doc[pos];
      pos++;
      if (c === '}') return finishObject(pairs);
      if (c !== ',') throw decodeError("Expecting ',' delimiter", doc, pos - 1);
      skip();
      c = doc[pos];
    }
  };

  const finishObject = (pairs: [string, PyValue][]): PyValue => {
    if (hooks.objectPairsHook !== null) {
      return call(hooks.objectPairsHook, [new PyList(pairs.map(([k, v]) => tupleOf(k, v)))], null);
    }
    const d = new PyDict();
    for (const [k, v] of pairs) d.storage.set(k, v);
    return hooks.objectHook !== null ? call(hooks.objectHook, [d], null) : d;
  };

  skip();
  const result = valueAt();
  skip();
  if (pos !== doc.length) throw decodeError('Extra data', doc, pos);
  return result;
}

class StopScan {
  constructor(readonly pos: number) {}
}

function hex4(s: string, at: number): number {
  const h = s.slice(at, at + 4);
  return /^[0-9a-fA-F]{4}$/.test(h) ? parseInt(h, 16) : -1;
}

const tupleOf = (k: PyValue, v: PyValue) => new PyTuple([k, v]);
