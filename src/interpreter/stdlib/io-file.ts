// The builtin open() for text (and basic binary) files: read/readline/readlines/iteration,
// write/writelines, with-statement, seek/tell at the ends, CPython's errors. Text read mode
// loads the file at open and translates newlines (universal newlines); writes are buffered and
// flushed on flush()/close()/exit, as CPython's buffered writer does.
import * as fs from 'node:fs';
import { PyObject, PyType, PyValue, objectType } from '../objects/core.js';
import { excType, PyBaseException, pyExc, typeError, valueError } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import { PyList } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { iterToArray, PyIterator } from '../ops/iter.js';
import { repr } from '../ops/text.js';
import { typeOf } from '../ops/typeof.js';
import { builtinFunction, defineGetter, defineMethod, pyParams } from '../builtins/define.js';
import { builtinsDict } from '../builtins/registry.js';
import { installOsErrorStr, osErrorFromNode } from './os-errors.js';

export const textIOWrapperType = new PyType('TextIOWrapper', [objectType], '_io');
export const bufferedReaderType = new PyType('BufferedReader', [objectType], '_io');
export const bufferedWriterType = new PyType('BufferedWriter', [objectType], '_io');
const unsupportedOperation = new PyType('UnsupportedOperation', [excType('OSError'), excType('ValueError')], 'io');

const openFiles = new Set<PyFile>();

/** Writes out what files left open still buffer: CPython does so when a file object dies or the
 *  interpreter exits (`open(p, 'w').write(s)` without a close). The CLI calls it when a script or
 *  REPL input finishes, since its worker thread may be stopped without an exit event. */
export function flushOpenFiles(): void {
  for (const f of openFiles) f.flushQuietly();
}
process.on('exit', flushOpenFiles);

class PyFile implements PyObject {
  closed = false;
  /** Read side: the whole content (text or bytes) and the read position within it. */
  private text = '';
  private bytes: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private pending: string[] = [];
  private pendingBytes: Uint8Array[] = [];
  private pendingSize = 0;

  constructor(
    readonly cls: PyType,
    readonly fd: number,
    readonly name: string,
    readonly mode: string,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly binary: boolean,
    readonly encoding: string,
    /** newline='' (csv's convention) reads line endings untranslated. */
    private readonly translateNewlines = true,
  ) {
    if (readable) this.load();
    openFiles.add(this);
  }

  private load(): void {
    const data = fs.readFileSync(this.fd);
    if (this.binary) this.bytes = new Uint8Array(data);
    else {
      const text = data.toString(this.encoding === 'latin-1' ? 'latin1' : 'utf8');
      this.text = this.translateNewlines ? text.replace(/\r\n?/g, '\n') : text;
    }
    this.pos = 0;
  }

  check(): void {
    if (this.closed) throw valueError('I/O operation on closed file.');
  }

  checkReadable(): void {
    this.check();
    if (!this.readable) throw unsupported('not readable');
  }

  checkWritable(): void {
    this.check();
    if (!this.writable) throw unsupported('not writable');
  }

  read(size: number): PyValue {
    this.checkReadable();
    if (this.binary) {
      const end = size < 0 ? this.bytes.length : Math.min(this.bytes.length, this.pos + size);
      const out = this.bytes.slice(this.pos, end);
      this.pos = end;
      return new PyBytes(out);
    }
    const end = size < 0 ? this.text.length : Math.min(this.text.length, this.pos + size);
    const out = this.text.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  readline(size: number): string {
    this.checkReadable();
    const text = this.text;
    let end = text.indexOf('\n', this.pos);
    end = end < 0 ? text.length : end + 1;
    if (!this.translateNewlines) {
      // Untranslated: a lone '\r' also ends a line.
      const cr = text.indexOf('\r', this.pos);
      if (cr >= 0 && cr + 1 < end && text[cr + 1] !== '\n') end = cr + 1;
    }
    if (size >= 0 && end - this.pos > size) end = this.pos + size;
    const line = text.slice(this.pos, end);
    this.pos = end;
    return line;
  }

  write(v: PyValue): number {
    this.checkWritable();
    if (this.binary) {
      if (!(v instanceof PyBytes)) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
      this.pendingBytes.push(v.data);
      this.pendingSize += v.data.length;
      if (this.pendingSize > 1 << 16) this.flush();
      return v.data.length;
    }
    if (typeof v !== 'string') throw typeError(`write() argument must be str, not ${typeOf(v).name}`);
    this.pending.push(v);
    this.pendingSize += v.length;
    if (this.pendingSize > 1 << 16) this.flush();
    return v.length;
  }

  flush(): void {
    if (this.pendingSize === 0 && this.pending.length === 0 && this.pendingBytes.length === 0) return;
    const data = this.binary ? Buffer.concat(this.pendingBytes) : Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingBytes = [];
    this.pendingSize = 0;
    fs.writeSync(this.fd, data);
  }

  flushQuietly(): void {
    try {
      this.flush();
    } catch {
      // exiting anyway: nothing useful to report
    }
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    fs.closeSync(this.fd);
    this.closed = true;
    openFiles.delete(this);
  }

  seek(offset: number, whence: number): number {
    this.check();
    this.flush();
    if (this.readable) {
      if (whence === 0) this.pos = this.binary ? offset : charIndexOfByte(this.text, offset);
      else if (whence === 2) this.pos = this.binary ? this.bytes.length : this.text.length;
      return this.tell();
    }
    return this.tell();
  }

  tell(): number {
    this.check();
    if (this.readable) return this.binary ? this.pos : Buffer.byteLength(this.text.slice(0, this.pos), 'utf8');
    this.flush();
    return fs.fstatSync(this.fd).size;
  }
}

function charIndexOfByte(text: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byteOffset) {
    const cp = text.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return i;
}

function unsupported(message: string) {
  return new PyBaseException(unsupportedOperation, [message]);
}

const openParams = pyParams(
  'open',
  ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
  { mode: 'r', buffering: -1, encoding: null, errors: null, newline: null, closefd: true, opener: null },
);

const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', utf8: 'UTF-8', 'utf_8': 'UTF-8', 'latin-1': 'latin-1', latin1: 'latin-1', 'iso-8859-1': 'latin-1', ascii: 'ascii' };

export function openFile(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const p = openParams(args, kwargs);
  const file = p.file;
  if (typeof file !== 'string') {
    if (typeof file === 'number') throw typeError('open() with a file descriptor is not supported');
    throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
  }
  if (typeof p.mode !== 'string') throw typeError(`open() argument 'mode' must be str, not ${typeOf(p.mode).name}`);
  const mode = p.mode;
  if (!/^[rwaxbt+U]*$/.test(mode) || new Set(mode).size !== mode.length) throw valueError(`invalid mode: '${mode}'`);
  const kinds = ['r', 'w', 'a', 'x'].filter((c) => mode.includes(c));
  if (kinds.length !== 1) throw valueError('must have exactly one of create/read/write/append mode');
  const binary = mode.includes('b');
  if (binary && mode.includes('t')) throw valueError("can't have text and binary mode at once");
  if (binary && p.encoding !== null) throw valueError("binary mode doesn't take an encoding argument");
  let encoding = 'UTF-8';
  if (p.encoding !== null) {
    if (typeof p.encoding !== 'string') throw typeError(`open() argument 'encoding' must be str or None, not ${typeOf(p.encoding).name}`);
    const known = ENCODINGS[p.encoding.toLowerCase()];
    if (known === undefined) throw pyExc('LookupError', `unknown encoding: ${p.encoding}`);
    encoding = known === 'UTF-8' ? p.encoding : known;
  }
  const plus = mode.includes('+');
  const kind = kinds[0];
  const flags = { r: plus ? 'r+' : 'r', w: plus ? 'w+' : 'w', a: plus ? 'a+' : 'a', x: plus ? 'wx+' : 'wx' }[kind]!;
  let fd: number;
  try {
    fd = fs.openSync(file, flags);
    if (fs.fstatSync(fd).isDirectory()) {
      fs.closeSync(fd);
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
  } catch (err) {
    throw osErrorFromNode(err, file);
  }
  const readable = kind === 'r' || plus;
  const writable = kind !== 'r' || plus;
  const cls = !binary ? textIOWrapperType : readable && !writable ? bufferedReaderType : bufferedWriterType;
  if (p.newline !== null && p.newline !== '' && p.newline !== '\n' && p.newline !== '\r' && p.newline !== '\r\n') {
    throw valueError(`illegal newline value: ${repr(p.newline)}`);
  }
  return new PyFile(cls, fd, file, mode, readable, writable, binary, binary ? '' : encoding, p.newline === null);
}

function asFile(v: PyValue): PyFile {
  if (!(v instanceof PyFile)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(v).name}'`);
  return v;
}

const sizeArg = (args: PyValue[]): number => (args.length && args[0] !== null ? asIndex(args[0]) : -1);

for (const t of [textIOWrapperType, bufferedReaderType, bufferedWriterType]) {
  defineMethod(t, 'read', (self, args) => asFile(self).read(sizeArg(args)));
  defineMethod(t, 'readline', (self, args) => asFile(self).readline(sizeArg(args)));
  defineMethod(t, 'readlines', (self) => {
    const f = asFile(self);
    const lines: PyValue[] = [];
    for (let line = f.readline(-1); line !== ''; line = f.readline(-1)) lines.push(line);
    return new PyList(lines);
  });
  defineMethod(t, 'write', (self, args) => asFile(self).write(args[0]));
  defineMethod(t, 'writelines', (self, args) => {
    const f = asFile(self);
    for (const line of iterToArray(args[0])) f.write(line);
    return null;
  });
  defineMethod(t, 'flush', (self) => {
    asFile(self).check();
    asFile(self).flush();
    return null;
  });
  defineMethod(t, 'close', (self) => {
    asFile(self).close();
    return null;
  });
  defineMethod(t, 'seek', (self, args) => asFile(self).seek(asIndex(args[0]), args.length > 1 ? asIndex(args[1]) : 0));
  defineMethod(t, 'tell', (self) => asFile(self).tell());
  defineMethod(t, 'readable', (self) => (asFile(self).check(), asFile(self).readable));
  defineMethod(t, 'writable', (self) => (asFile(self).check(), asFile(self).writable));
  defineMethod(t, 'fileno', (self) => asFile(self).fd);
  defineMethod(t, '__enter__', (self) => {
    asFile(self).check();
    return self;
  });
  defineMethod(t, '__exit__', (self) => {
    asFile(self).close();
    return null;
  });
  defineMethod(t, '__iter__', (self) => {
    const f = asFile(self);
    f.checkReadable();
    return new PyIterator(() => {
      const line = f.readline(-1);
      return line === '' ? undefined : line;
    });
  });
  defineMethod(t, '__next__', (self) => {
    const line = asFile(self).readline(-1);
    if (line === '') throw pyExc('StopIteration');
    return line;
  });
  defineMethod(t, '__repr__', (self) => {
    const f = asFile(self);
    const qual = `_io.${f.cls.name}`;
    if (f.binary) return `<${qual} name=${repr(f.name)}>`;
    return `<${qual} name=${repr(f.name)} mode=${repr(f.mode)} encoding=${repr(f.encoding)}>`;
  });
  defineGetter(t, 'closed', (self) => asFile(self).closed);
  defineGetter(t, 'name', (self) => asFile(self).name);
  defineGetter(t, 'mode', (self) => asFile(self).mode);
  defineGetter(t, 'encoding', (self) => asFile(self).encoding);
}

// The one registration of the builtin: open() lives here with its file type.
installOsErrorStr();
builtinsDict.set('open', builtinFunction('open', openFile));
