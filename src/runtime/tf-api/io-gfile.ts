// tf.io.gfile (TF's file API, which data-loading tutorials use for local paths) and
// tf.io.write_file. gfile is Python source over the os and glob modules, raising TF's error types
// with TF 2.21's messages (NotFoundError "<path>; No such file or directory", AlreadyExistsError
// "file already exists" for copy/rename without overwrite). GFile opens its file on first use, as
// TF's does, so a missing file fails at read(). Only local paths: no gs:// or other filesystems.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';
import { writeFileSync } from 'node:fs';
import { wrappedOpError } from '../errors.js';
import { toTensor } from '../convert.js';
import { stringsOf } from '../strings/string-tensor.js';
import type { Fn } from './shape-args.js';

const gfileSource = String.raw`
import os
import glob as _glob


def _not_found(path):
    return NotFoundError(None, None, "%s; No such file or directory" % path)


class GFile(object):

    def __init__(self, name, mode='r'):
        self.name = name
        self.mode = mode
        self._f = None

    def _file(self):
        if self._f is None:
            try:
                self._f = open(self.name, self.mode)
            except FileNotFoundError:
                raise _not_found(self.name)
        return self._f

    def read(self, n=-1):
        return self._file().read(n)

    def readline(self):
        return self._file().readline()

    def readlines(self):
        return self._file().readlines()

    def write(self, data):
        self._file().write(data)

    def flush(self):
        if self._f is not None:
            self._f.flush()

    def seek(self, offset, whence=0):
        return self._file().seek(offset, whence)

    def tell(self):
        return self._file().tell()

    def size(self):
        return stat(self.name).length

    def close(self):
        if self._f is not None:
            self._f.close()
            self._f = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self._file().readline()
        if not line:
            raise StopIteration
        return line


Open = GFile


def exists(path):
    return os.path.exists(path)


def isdir(path):
    return os.path.isdir(path)


def listdir(path):
    if not os.path.isdir(path):
        raise NotFoundError(None, None, "Could not find directory %s" % path)
    return os.listdir(path)


def makedirs(path):
    if not os.path.isdir(path):
        os.makedirs(path)


def mkdir(path):
    if not os.path.isdir(path):
        os.mkdir(path)


def remove(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        raise _not_found(path)


def rmtree(path):
    if not os.path.isdir(path):
        raise _not_found(path)
    for entry in os.listdir(path):
        child = os.path.join(path, entry)
        if os.path.isdir(child):
            rmtree(child)
        else:
            os.remove(child)
    os.rmdir(path)


def copy(src, dst, overwrite=False):
    if not overwrite and os.path.exists(dst):
        raise AlreadyExistsError(None, None, "file already exists")
    with GFile(src, 'rb') as f:
        data = f.read()
    with open(dst, 'wb') as out:
        out.write(data)


def rename(src, dst, overwrite=False):
    if not overwrite and os.path.exists(dst):
        raise AlreadyExistsError(None, None, "file already exists")
    if not os.path.exists(src):
        raise _not_found(src)
    os.replace(src, dst)


class FileStatistics(object):

    def __init__(self, length, mtime_nsecs, is_directory):
        self.length = length
        self.mtime_nsecs = mtime_nsecs
        self.is_directory = is_directory


def stat(path):
    if not os.path.exists(path):
        raise _not_found(path)
    st = os.stat(path)
    return FileStatistics(st.st_size, int(st.st_mtime * 1e9), os.path.isdir(path))


def glob(pattern):
    return _glob.glob(pattern)


def join(path, *paths):
    return os.path.join(path, *paths)


def walk(top, topdown=True, onerror=None):
    if not os.path.isdir(top):
        return
    names = os.listdir(top)
    dirs = [n for n in names if os.path.isdir(os.path.join(top, n))]
    files = [n for n in names if not os.path.isdir(os.path.join(top, n))]
    if topdown:
        yield top, dirs, files
    for d in dirs:
        for entry in walk(os.path.join(top, d), topdown, onerror):
            yield entry
    if not topdown:
        yield top, dirs, files
`;

const writeParams = pyParams('write_file', ['filename', 'contents', 'name'], { name: null });

/** The bytes of a scalar string tensor (or Python bytes/str). */
const bytesOf = (v: PyValue): Uint8Array => stringsOf(toTensor(v as Parameters<typeof toTensor>[0]))[0];

export const ioFileFns: Record<string, Fn> = {
  write_file: (a, k) => {
    const p = writeParams(a, k);
    const path = new TextDecoder().decode(bytesOf(p.filename));
    try {
      writeFileSync(path, bytesOf(p.contents));
    } catch {
      throw wrappedOpError('NotFoundError', 'WriteFile', `${path}; No such file or directory`, false);
    }
    return null;
  },
};

/** tf.io.gfile, built on first use of tf.io (its errors are tf.errors' classes). */
export function createGfile(errors: PyModule): PyModule {
  return pythonModule('tensorflow._api.v2.io.gfile', gfileSource, {
    NotFoundError: errors.dict.get('NotFoundError')!,
    AlreadyExistsError: errors.dict.get('AlreadyExistsError')!,
  });
}
