// tf.io.decode_csv: each string record split into fields (RFC 4180 quoting: a quoted field may hold
// delimiters and doubled quotes), each field converted to its column's type, with the column's
// default where the field is empty or equals na_value. Returns one tensor per column, shaped like
// `records`. Number parsing follows TF's safe_strto* (surrounding spaces allowed; floats also take
// hex, inf/infinity/nan in any case; ints reject anything but an optional sign and digits).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { PyBaseException, valueError } from '../../interpreter/objects/exceptions.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { DType, dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { kernelError, opError } from '../ops/shape-errors.js';
import { currentDevice } from '../device.js';
import { fromUtf8, StringTensor, stringsOf } from '../strings/string-tensor.js';
import { stringLeaf } from '../strings/convert-strings.js';
import { Fn, intList, tensorList } from './shape-args.js';

const P = pyParams('decode_csv', ['records', 'record_defaults', 'field_delim', 'use_quote_delim', 'na_value', 'select_cols', 'name'], {
  field_delim: ',',
  use_quote_delim: true,
  na_value: '',
  select_cols: null,
  name: null,
});

const COLUMN_TYPES = ['float32', 'float64', 'int32', 'int64', 'string'];

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The fields of one record (only the selected columns when `select` is given), as TF's
 *  DecodeCSVOp::ExtractFields splits them. */
function splitRecord(record: Uint8Array, delim: number, quoting: boolean, select: number[] | null, fail: (m: string) => PyBaseException): Uint8Array[] {
  const fields: Uint8Array[] = [];
  let at = 0;
  let parsed = 0;
  const wanted = () => select === null || select[fields.length] === parsed;
  while (at < record.length) {
    if (record[at] === LF || record[at] === CR) {
      at++;
      continue;
    }
    const keep = wanted();
    const field: number[] = [];
    if (quoting && record[at] === QUOTE) {
      at++;
      // A quoted field ends at a quote followed by the delimiter or the end of the record.
      while (at < record.length - 1 && (record[at] !== QUOTE || record[at + 1] !== delim)) {
        if (record[at] !== QUOTE) {
          field.push(record[at++]);
        } else {
          if (record[at + 1] !== QUOTE) throw fail('Quote inside a string has to be escaped by another quote');
          field.push(QUOTE);
          at += 2;
        }
      }
      if (at >= record.length || record[at] !== QUOTE || (at !== record.length - 1 && record[at + 1] !== delim)) {
        throw fail('Quoted field has to end with quote followed by delim or end');
      }
      at += 2;
    } else {
      for (; at < record.length && record[at] !== delim; at++) {
        if ((quoting && record[at] === QUOTE) || record[at] === LF || record[at] === CR) throw fail('Unquoted fields cannot have quotes/CRLFs inside');
        field.push(record[at]);
      }
      at++;
    }
    parsed++;
    if (keep) {
      fields.push(Uint8Array.from(field));
      if (select !== null && fields.length === select.length) return fields;
    }
  }
  // A record ending in the delimiter has an empty last field.
  if (record.length > 0 && record[record.length - 1] === delim && wanted()) fields.push(new Uint8Array(0));
  return fields;
}

const isSpace = (c: string) => c === ' ' || (c >= '\t' && c <= '\r');

function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  return s.slice(a, b);
}

/** safe_strtod: a decimal or hex number, inf/infinity/nan (any case), surrounded by spaces. */
function parseDouble(text: string): number | null {
  const s = trimSpaces(text);
  const m = /^([+-]?)(?:(inf(?:inity)?)|(nan)|0x([0-9a-f]+)|((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))$/i.exec(s);
  if (m === null) return null;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2] !== undefined) return sign * Infinity;
  if (m[3] !== undefined) return NaN;
  if (m[4] !== undefined) return sign * parseInt(m[4], 16);
  return sign * Number(m[5]);
}

/** safe_strto32/64: an optional sign and digits, surrounded by spaces, within range. */
function parseInteger(text: string, bits: 32 | 64): bigint | null {
  const s = trimSpaces(text);
  if (!/^[+-]?\d+$/.test(s)) return null;
  const v = BigInt(s);
  const limit = 1n << BigInt(bits - 1);
  return v >= -limit && v < limit ? v : null;
}

const bytesEqual = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

function decodeCsv(p: Record<string, PyValue>): PyValue {
  const defaults = tensorList(p.record_defaults).map((d) => toTensor(d));
  const select = p.select_cols === null ? null : intList(p.select_cols);
  if (select !== null) {
    if (select.some((c, i) => i + 1 < select.length && c >= select[i + 1])) throw valueError('select_cols is not strictly increasing.');
    if (select.length > 0 && select[0] < 0) throw valueError('select_cols contains negative values.');
    if (select.length !== defaults.length) throw valueError('Length of select_cols and record_defaults do not match.');
  }
  const types = defaults.map((d) => d.dtype);
  const bad = types.find((t) => !COLUMN_TYPES.includes(t.name));
  if (bad !== undefined) {
    throw opError(
      'DecodeCSV',
      `Value for attr 'OUT_TYPE' of ${bad.name === 'float32' ? 'float' : bad.name} is not in the list of allowed values: float, double, int32, int64, string\n` +
        `\t; NodeDef: {{node DecodeCSV}}; Op<name=DecodeCSV; signature=records:string, record_defaults: -> output:; attr=OUT_TYPE:list(type),min=1,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_STRING]; ` +
        `attr=field_delim:string,default=","; attr=use_quote_delim:bool,default=true; attr=na_value:string,default=""; attr=select_cols:list(int),default=[]>`,
      null,
    );
  }
  // TF's kernel errors end in ' name: ' only when its eager fast path ran the op: records given as
  // a tensor and no default given as a Python list (those go through the slower fallback).
  const fastPath = p.records instanceof Tensor && tensorList(p.record_defaults).every((d) => !(d instanceof PyList || d instanceof PyTuple));
  const fail = (m: string) => kernelError('DecodeCSV', m, fastPath ? '' : null, `DecodeCSV_OUT_TYPE_${types.length}`);
  const delim = stringLeaf(p.field_delim as string);
  if (delim.length !== 1) throw fail('field_delim should be only 1 char');
  defaults.forEach((d, i) => {
    if (d.size >= 2) throw fail(`There should only be 1 default per field but field ${i} has ${d.size}`);
  });
  const naValue = stringLeaf(p.na_value as string);
  const quoting = isTruthy(p.use_quote_delim);
  const records = toTensor(p.records, dtypes.string);
  const rows = stringsOf(records);
  const columns: unknown[][] = types.map(() => []);
  rows.forEach((record, r) => {
    const fields = splitRecord(record, delim[0], quoting, select, fail);
    if (fields.length !== types.length) throw fail(`Expect ${types.length} fields but have ${fields.length} in record ${r}`);
    fields.forEach((field, f) => {
      if (field.length === 0 || bytesEqual(field, naValue)) {
        if (defaults[f].size !== 1) throw fail(`Field ${f} is required but missing in record ${r}!`);
        columns[f].push(defaults[f].dtype === dtypes.string ? stringsOf(defaults[f])[0] : defaults[f].values()[0]);
        return;
      }
      columns[f].push(convertField(field, types[f], () => fail(`Field ${f} in record ${r} is not a valid ${typeWord(types[f])}: ${fromUtf8(field)}`)));
    });
  });
  return new PyList(columns.map((values, f) => columnTensor(values, records.shape, types[f])));
}

const typeWord = (t: DType) => (t === dtypes.float32 ? 'float' : t === dtypes.float64 ? 'double' : t.name);

function convertField(field: Uint8Array, type: DType, invalid: () => PyBaseException): unknown {
  if (type === dtypes.string) return field;
  const text = fromUtf8(field);
  if (type.isFloating) {
    const v = parseDouble(text);
    if (v === null) throw invalid();
    return v;
  }
  const v = parseInteger(text, type === dtypes.int64 ? 64 : 32);
  if (v === null) throw invalid();
  return v;
}

function columnTensor(values: unknown[], shape: readonly number[], type: DType): Tensor {
  if (type === dtypes.string) return new StringTensor(values as Uint8Array[], shape);
  if (type === dtypes.int64) return tensorFromValues(BigInt64Array.from(values as (bigint | number)[], (v) => BigInt(v)), shape, type, currentDevice());
  return tensorFromValues(Array.from(values as (number | bigint)[], Number), shape, type, currentDevice());
}

export const csvFns: Record<string, Fn> = {
  decode_csv: (a, k) => decodeCsv(P(a, k)),
};

