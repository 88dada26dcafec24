// Source of the pathlib module (Python): PurePath/Path for POSIX paths (parsing, /, name, stem,
// suffix, parent, parts...) and the file operations scripts use, built on os, os.path and glob.
export const pathlibSource = String.raw`
import os
import glob as _glob
import fnmatch as _fnmatch

def _parse(args):
    parts = []
    root = ''
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        elif isinstance(a, str):
            s = a
        else:
            raise TypeError('argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r' % type(a).__name__)
        if s.startswith('/'):
            root = '/'
            parts = []
        for p in s.split('/'):
            if p and p != '.':
                parts.append(p)
    return root, parts

class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        return self

    def _new(self, root, parts):
        obj = object.__new__(type(self))
        obj._root = root
        obj._parts = parts
        return obj

    def __str__(self):
        s = self._root + '/'.join(self._parts)
        return s or '.'

    def __fspath__(self):
        return str(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def as_posix(self):
        return str(self)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._parts)

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def drive(self):
        return ''

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._new(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def with_name(self, name):
        if not self._parts:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._new(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith('.') or suffix == '.' or '/' in suffix):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._new(self._root, self._parts[:-1] + [base + suffix])

    def is_absolute(self):
        return bool(self._root)

    def relative_to(self, *other):
        base = type(self)(*other)
        n = len(base.parts)
        if self.parts[:n] != base.parts or (not base._root and self._root):
            raise ValueError('%r is not in the subpath of %r OR one path is relative and the other is absolute.' % (str(self), str(base)))
        return self._new('', list(self.parts[n:]))

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pat = PurePosixPath(pattern)
        pparts = pat.parts
        sparts = self.parts
        if pat._root:
            if len(pparts) != len(sparts):
                return False
        elif len(pparts) > len(sparts):
            return False
        for part, pp in zip(reversed(sparts), reversed(pparts)):
            if not _fnmatch.fnmatchcase(part, pp):
                return False
        return True

class PurePosixPath(PurePath):
    pass

class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(str(self)))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def stat(self):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(str(self), encoding=encoding) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with open(str(self), 'w', encoding=encoding, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with open(str(self), 'rb') as f:
            return f.read()

    def write_bytes(self, data):
        with open(str(self), 'wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        open(str(self), 'a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            os.makedirs(str(self), exist_ok=exist_ok)
            return
        try:
            os.mkdir(str(self))
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def iterdir(self):
        base = str(self)
        for name in os.listdir(base):
            yield self._new(self._root, self._parts + [name])

    def glob(self, pattern):
        base = str(self)
        recursive = '**' in pattern
        prefix = '' if base == '.' else base + '/'
        for p in _glob.glob(prefix + pattern, recursive=recursive):
            if recursive and p.endswith('/'):
                p = p[:-1]
            yield type(self)(p)

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def samefile(self, other):
        return os.path.realpath(str(self)) == os.path.realpath(str(other))

class PosixPath(Path, PurePosixPath):
    pass
`;
