// OSError and its subclasses as CPython raises them for file operations: args (errno, strerror),
// the errno/strerror/filename attributes, and the "[Errno 2] No such file or directory: 'x'" text.
import { PyTuple } from '../objects/values.js';
import { excType, PyBaseException, pyExc } from '../objects/exceptions.js';
import { repr, str } from '../ops/text.js';
import { defineMethod } from '../builtins/define.js';

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  ENOTDIR: [20, 'Not a directory', 'OSError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
};

/** The Python exception for a failed Node fs call on `filename`. */
export function osErrorFromNode(err: unknown, filename: string, filename2?: string): PyBaseException {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const [errno, strerror, typeName] = ERRNO[code] ?? [5, 'Input/output error', 'OSError'];
  return osError(typeName, errno, strerror, filename, filename2);
}

export function osError(typeName: string, errno: number, strerror: string, filename?: string, filename2?: string): PyBaseException {
  const e = pyExc(typeName in typeNames ? typeName : 'OSError');
  e.args = [errno, strerror];
  e.dict.set('errno', errno);
  e.dict.set('strerror', strerror);
  e.dict.set('filename', filename === undefined ? null : filename);
  e.dict.set('filename2', filename2 === undefined ? null : filename2);
  return e;
}
const typeNames: Record<string, true> = {
  OSError: true, FileNotFoundError: true, FileExistsError: true, IsADirectoryError: true, PermissionError: true,
};

let installed = false;
/** OSError's str(): CPython formats errno, strerror and the file name(s). */
export function installOsErrorStr(): void {
  if (installed) return;
  installed = true;
  defineMethod(excType('OSError'), '__str__', (self) => {
    const e = self as PyBaseException;
    const filename = e.dict.get('filename');
    const filename2 = e.dict.get('filename2');
    if (e.args.length >= 2 && e.args.length <= 5) {
      const head = `[Errno ${str(e.args[0])}] ${str(e.args[1])}`;
      if (filename !== undefined && filename !== null) {
        const second = filename2 !== undefined && filename2 !== null ? ` -> ${repr(filename2)}` : '';
        return `${head}: ${repr(filename)}${second}`;
      }
      return head;
    }
    if (e.args.length === 1) return str(e.args[0]);
    if (e.args.length === 0) return '';
    return repr(new PyTuple(e.args));
  });
}
