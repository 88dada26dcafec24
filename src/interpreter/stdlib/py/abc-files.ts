// Sources of abc (ABC and abstractmethod: instantiating a class with abstract methods left raises
// CPython's TypeError), tempfile (gettempdir, mkdtemp, TemporaryDirectory, NamedTemporaryFile) and
// shutil (rmtree, copyfile, copy, copytree, move), in Python over os and open().
export const abcSource = String.raw`
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    pass


def _abstract_names(cls):
    names = []
    for name in dir(cls):
        value = getattr(cls, name, None)
        if getattr(value, '__isabstractmethod__', False):
            names.append(name)
    return sorted(names)


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return object.__new__(cls)
`;

export const tempfileSource = String.raw`
import os as _os
import random as _random

_names = _random.Random()
_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
template = 'tmp'
tempdir = None


def gettempdir():
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            value = _os.environ.get(name)
            if value:
                tempdir = value
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _name():
    return ''.join(_names.choice(_CHARACTERS) for _ in range(8))


def mkdtemp(suffix=None, prefix=None, dir=None):
    parent = gettempdir() if dir is None else dir
    for _ in range(100):
        path = _os.path.join(parent, (template if prefix is None else prefix) + _name() + ('' if suffix is None else suffix))
        if not _os.path.exists(path):
            _os.mkdir(path)
            return _os.path.abspath(path)
    raise FileExistsError('No usable temporary directory name found')


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)

    def __repr__(self):
        return '<TemporaryDirectory %r>' % self.name

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        import shutil
        if _os.path.exists(self.name):
            shutil.rmtree(self.name)


class _NamedFile:
    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, attr):
        return getattr(self.file, attr)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        self.file.close()
        if self.delete and _os.path.exists(self.name):
            _os.remove(self.name)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, delete=True):
    parent = gettempdir() if dir is None else dir
    path = _os.path.join(parent, (template if prefix is None else prefix) + _name() + ('' if suffix is None else suffix))
    return _NamedFile(open(path, mode), _os.path.abspath(path), delete)
`;

export const shutilSource = String.raw`
import os as _os


def rmtree(path, ignore_errors=False, onerror=None):
    try:
        for name in _os.listdir(path):
            full = _os.path.join(path, name)
            if _os.path.isdir(full) and not _os.path.islink(full):
                rmtree(full)
            else:
                _os.remove(full)
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


def copyfile(src, dst):
    with open(src, 'rb') as fsrc:
        data = fsrc.read()
    with open(dst, 'wb') as fdst:
        fdst.write(data)
    return dst


def copy(src, dst):
    if _os.path.isdir(dst):
        dst = _os.path.join(dst, _os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def copytree(src, dst, dirs_exist_ok=False):
    _os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in _os.listdir(src):
        s = _os.path.join(src, name)
        d = _os.path.join(dst, name)
        if _os.path.isdir(s):
            copytree(s, d, dirs_exist_ok)
        else:
            copyfile(s, d)
    return dst


def move(src, dst):
    if _os.path.isdir(dst):
        dst = _os.path.join(dst, _os.path.basename(src.rstrip('/')))
    _os.rename(src, dst)
    return dst
`;
