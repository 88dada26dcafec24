// File I/O: loadtxt/genfromtxt for delimited text, save/load of .npy files (format 1.0).
import { readFileSync, writeFileSync } from 'node:fs';
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { pyExc, valueError } from '../../interpreter/objects/exceptions.js';
import { PyList, PyTuple } from '../../interpreter/objects/values.js';
import { defineGetter, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { getIterator } from '../../interpreter/ops/iter.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { NpDType, allDtypes, dtypeArg, np } from './dtype.js';
import { NdArray, asArray, makeArray } from './ndarray.js';
import { reshape, transpose } from './shape.js';
import { readZip, writeZip } from './zip.js';

function readText(path: PyValue): string {
  const name = String(path);
  try {
    return readFileSync(name, 'utf8');
  } catch {
    throw pyExc('FileNotFoundError', `${name} not found.`);
  }
}

function columnsArg(v: PyValue): number[] | null {
  if (v === null) return null;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(asIndex);
  return [asIndex(v)];
}

/** Rows of numbers from delimited text; `missing` fills empty fields (genfromtxt) or refuses them. */
function parseTable(text: string, delimiter: PyValue, skip: number, usecols: number[] | null, comments: string, missing: number | null): number[][] {
  const lines = text.split(/\r?\n/).slice(skip);
  const rows: number[][] = [];
  for (const raw of lines) {
    const line = (comments && raw.includes(comments) ? raw.slice(0, raw.indexOf(comments)) : raw).trim();
    if (line === '') continue;
    let fields = delimiter === null ? line.split(/\s+/) : line.split(String(delimiter));
    if (usecols) fields = usecols.map((c) => fields[c < 0 ? fields.length + c : c]);
    rows.push(
      fields.map((f) => {
        const s = (f ?? '').trim();
        if (s === '' && missing !== null) return missing;
        const x = Number(s);
        if (s === '' || (Number.isNaN(x) && s.toLowerCase() !== 'nan')) {
          if (missing !== null) return missing;
          throw valueError(`could not convert string '${s}' to float64 at row ${rows.length}, column ${fields.indexOf(f) + 1}.`);
        }
        return x;
      }),
    );
  }
  return rows;
}

function tableToArray(rows: number[][], dtype: NpDType, unpack: boolean): NdArray {
  const ncols = rows.length ? rows[0].length : 0;
  for (const r of rows) if (r.length !== ncols) throw valueError(`the number of columns changed from ${ncols} to ${r.length} at row ${rows.indexOf(r) + 1}; use \`usecols\` to select a subset and avoid this error`);
  let a = makeArray(dtype, [rows.length, ncols], rows.flat());
  // numpy squeezes single rows/columns away (ndmin=0).
  if (rows.length === 1 || ncols === 1) a = reshape(a, [a.size]);
  return unpack && a.ndim === 2 ? transpose(a, null) : a;
}

const loadtxtParams = pyParams('loadtxt', ['fname', 'dtype', 'comments', 'delimiter', 'converters', 'skiprows', 'usecols', 'unpack', 'ndmin'], {
  dtype: np.float64, comments: '#', delimiter: null, converters: null, skiprows: 0, usecols: null, unpack: false, ndmin: 0,
});
const genfromtxtParams = pyParams('genfromtxt', ['fname', 'dtype', 'comments', 'delimiter', 'skip_header', 'skip_footer', 'converters', 'missing_values', 'filling_values', 'usecols'], {
  dtype: np.float64, comments: '#', delimiter: null, skip_header: 0, skip_footer: 0, converters: null, missing_values: null, filling_values: null, usecols: null,
});

function loadtxt(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = loadtxtParams(args, kwargs);
  const rows = parseTable(readText(p.fname), p.delimiter, asIndex(p.skiprows), columnsArg(p.usecols), p.comments === null ? '' : String(p.comments), null);
  return tableToArray(rows, dtypeArg(p.dtype)!, isTruthy(p.unpack));
}

function genfromtxt(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = genfromtxtParams(args, kwargs);
  const rows = parseTable(readText(p.fname), p.delimiter, asIndex(p.skip_header), columnsArg(p.usecols), p.comments === null ? '' : String(p.comments), NaN);
  return tableToArray(rows, dtypeArg(p.dtype)!, false);
}

// ---- .npy ----

const DESCR: Record<string, string> = {
  bool: '|b1', int8: '|i1', uint8: '|u1', int16: '<i2', uint16: '<u2', int32: '<i4', uint32: '<u4',
  int64: '<i8', uint64: '<u8', float16: '<f2', float32: '<f4', float64: '<f8',
};

function npyBytes(a: NdArray): Buffer {
  const shape = `(${a.shape.join(', ')}${a.ndim === 1 ? ',' : ''})`;
  let header = `{'descr': '${DESCR[a.dtype.name]}', 'fortran_order': False, 'shape': ${shape}, }`;
  // Magic (6) + version (2) + length (2) + header, padded with spaces to a multiple of 64, then '\n'.
  const total = Math.ceil((10 + header.length + 1) / 64) * 64;
  header = header.padEnd(total - 10 - 1, ' ') + '\n';
  const head = Buffer.alloc(10);
  head.write('\x93NUMPY', 0, 'latin1');
  head[6] = 1;
  head[7] = 0;
  head.writeUInt16LE(header.length, 8);
  return Buffer.concat([head, Buffer.from(header, 'latin1'), dataBytes(a)]);
}

export function dataBytes(a: NdArray): Buffer {
  const n = a.dtype.name;
  if (n === 'int64') return Buffer.from(BigInt64Array.from(a.data, (x) => BigInt(x)).buffer);
  if (n === 'uint64') return Buffer.from(BigUint64Array.from(a.data, (x) => BigInt(x)).buffer);
  if (n === 'float16') {
    const out = Buffer.alloc(a.size * 2);
    a.data.forEach((x, i) => out.writeUInt16LE(toHalfBits(x), i * 2));
    return out;
  }
  return Buffer.from(a.data.buffer, a.data.byteOffset, a.data.byteLength);
}

function toHalfBits(x: number): number {
  const f = new Float32Array([x]);
  const u = new Uint32Array(f.buffer)[0];
  const sign = (u >>> 16) & 0x8000;
  const exp = (u >>> 23) & 0xff;
  const mant = u & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) return sign | Math.round(Math.abs(x) / 2 ** -24);
  return sign | (e << 10) | (mant >>> 13);
}

function fromHalfBits(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

function parseNpy(buf: Buffer, name: string): NdArray {
  if (buf.subarray(0, 6).toString('latin1') !== '\x93NUMPY') {
    throw pyExc('UnpicklingError', `Failed to interpret file '${name}' as a pickle`);
  }
  const major = buf[6];
  const hlen = major === 1 ? buf.readUInt16LE(8) : buf.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = buf.subarray(start, start + hlen).toString('latin1');
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1] ?? '';
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1] ?? '';
  const fortran = /'fortran_order':\s*True/.test(header);
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  const dtypeName = Object.entries(DESCR).find(([, d]) => d === descr || d.slice(1) === descr.slice(1))?.[0];
  const dtype = allDtypes.find((t) => t.name === dtypeName);
  if (!dtype) throw valueError(`unsupported dtype '${descr}' in ${name}`);
  const body = buf.subarray(start + hlen);
  const copy = new Uint8Array(body).buffer;
  let values: ArrayLike<number>;
  if (dtype.name === 'int64') values = Array.from(new BigInt64Array(copy, 0, body.length / 8), Number);
  else if (dtype.name === 'uint64') values = Array.from(new BigUint64Array(copy, 0, body.length / 8), Number);
  else if (dtype.name === 'float16') values = Array.from({ length: body.length / 2 }, (_, i) => fromHalfBits(body.readUInt16LE(i * 2)));
  else values = new dtype.Storage(copy);
  const flatShape = fortran ? shape.slice().reverse() : shape;
  const a = makeArray(dtype, flatShape, values);
  return fortran ? transpose(a, null) : a;
}

const saveParams = pyParams('save', ['file', 'arr', 'allow_pickle'], { allow_pickle: true });
function save(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = saveParams(args, kwargs);
  let name = String(p.file);
  if (!name.endsWith('.npy')) name += '.npy';
  writeFileSync(name, npyBytes(asArray(p.arr)));
  return null;
}

function savez(args: PyValue[], kwargs: Kwargs): PyValue {
  let name = String(args[0]);
  if (!name.endsWith('.npz')) name += '.npz';
  const entries: [string, Buffer][] = args.slice(1).map((a, i) => [`arr_${i}.npy`, npyBytes(asArray(a))]);
  for (const [k, v] of kwargs ?? []) entries.push([`${k}.npy`, npyBytes(asArray(v))]);
  writeFileSync(name, writeZip(entries));
  return null;
}

/** What np.load returns for an .npz: arrays by name, parsed on access. */
class NpzFile implements PyObject {
  constructor(
    readonly filename: string,
    readonly entries: Map<string, Buffer>,
  ) {}
  get cls(): PyType {
    return npzFileType;
  }
  get files(): string[] {
    return [...this.entries.keys()].map((k) => k.replace(/\.npy$/, ''));
  }
}
const npzFileType = new PyType('NpzFile', [objectType], 'numpy.lib.npyio');
const npz = (v: PyValue) => v as NpzFile;
defineMethod(npzFileType, '__getitem__', (self, args) => {
  const key = String(args[0]);
  const data = npz(self).entries.get(`${key}.npy`) ?? npz(self).entries.get(key);
  if (!data) throw pyExc('KeyError', `${key} is not a file in the archive`);
  return parseNpy(data, key);
});
defineMethod(npzFileType, '__contains__', (self, args) => npz(self).files.includes(String(args[0])));
defineMethod(npzFileType, '__iter__', (self) => getIterator(new PyList(npz(self).files)));
defineMethod(npzFileType, '__len__', (self) => npz(self).files.length);
defineMethod(npzFileType, 'keys', (self) => new PyList(npz(self).files));
defineMethod(npzFileType, '__enter__', (self) => self);
defineMethod(npzFileType, '__exit__', () => null);
defineMethod(npzFileType, 'close', () => null);
defineMethod(npzFileType, '__repr__', (self) => `NpzFile '${npz(self).filename}' with keys: ${npz(self).files.join(', ')}`);
defineGetter(npzFileType, 'files', (self) => new PyList(npz(self).files));

function load(args: PyValue[]): PyValue {
  const name = String(args[0]);
  let buf: Buffer;
  try {
    buf = readFileSync(name);
  } catch {
    throw pyExc('FileNotFoundError', `[Errno 2] No such file or directory: '${name}'`);
  }
  if (buf.subarray(0, 4).toString('latin1') === 'PK\x03\x04') {
    const entries = readZip(buf);
    if (entries) return new NpzFile(name, entries);
  }
  return parseNpy(buf, name);
}

export const ioFunctions = { loadtxt, genfromtxt, save, savez, savez_compressed: savez, load };
