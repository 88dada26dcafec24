// numpy functions built from other numpy functions, written in Python as numpy writes most of them
// (shape_base, function_base, npyio): apply_along_axis, apply_over_axes, block, savetxt, putmask,
// can_cast and friends. The module compiles on first use of any of its names.
import type { PyValue } from '../../interpreter/objects/core.js';
import type { PyModule } from '../../interpreter/objects/function.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';

const extrasSource = String.raw`
import numpy as np


def asanyarray(a, dtype=None, order=None, *, like=None):
    return np.asarray(a, dtype=dtype)


def require(a, dtype=None, requirements=None, *, like=None):
    return np.asarray(a, dtype=dtype)


def asfortranarray(a, dtype=None, *, like=None):
    return np.array(a, dtype=dtype, ndmin=1)


def isfortran(a):
    # tfts arrays are C-ordered; numpy answers False for those (and for 1-D ones).
    return False


def fromiter(iter, dtype, count=-1, *, like=None):
    items = []
    if count < 0:
        items = list(iter)
    else:
        it = builtins_iter(iter)
        for _ in range(count):
            try:
                items.append(next(it))
            except StopIteration:
                raise ValueError('iterator too short: Expected %d but iterator had only %d items.' % (count, len(items)))
    return np.array(items, dtype=dtype)


builtins_iter = iter


def frombuffer(buffer, dtype=float, count=-1, offset=0, *, like=None):
    data = bytes(buffer)
    itemsize = np.dtype(dtype).itemsize
    if offset < 0 or offset > len(data):
        raise ValueError('offset must be non-negative and no greater than buffer length (%d)' % len(data))
    data = data[offset:]
    if count < 0:
        if len(data) % itemsize != 0:
            raise ValueError('buffer size must be a multiple of element size')
        count = len(data) // itemsize
    elif count * itemsize > len(data):
        raise ValueError('buffer is smaller than requested size')
    raw = np.array(list(data[:count * itemsize]), dtype=np.uint8)
    return raw.view(dtype)


_KIND_ORDER = {'b': 0, 'u': 1, 'i': 2, 'f': 3, 'c': 4}


def can_cast(from_, to, casting='safe'):
    src = np.dtype(from_.dtype if isinstance(from_, np.ndarray) else from_)
    dst = np.dtype(to)
    if casting == 'unsafe':
        return True
    if casting in ('no', 'equiv'):
        return src == dst
    if casting == 'safe':
        return np.promote_types(src, dst) == dst
    if casting == 'same_kind':
        if np.promote_types(src, dst) == dst:
            return True
        return _KIND_ORDER.get(src.kind, 9) <= _KIND_ORDER.get(dst.kind, 9) or (src.kind == 'u' and dst.kind == 'i')
    raise ValueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")


def common_type(*arrays):
    best = None
    for a in arrays:
        kind = a.dtype.kind
        if kind in 'iub':
            t = np.float64
        elif kind == 'f':
            t = a.dtype.type
        else:
            raise TypeError("can't get common type for non-numeric array")
        if best is None or np.dtype(t).itemsize > np.dtype(best).itemsize:
            best = t
    return best


def isreal(x):
    return np.ones_like(x, dtype=bool) if np.ndim(x) else np.True_


def iscomplex(x):
    return np.zeros_like(x, dtype=bool) if np.ndim(x) else np.False_


def conj(x, *args, **kwargs):
    # Real values are their own conjugate (tfts has no complex dtypes).
    return _scalar_if_0d(np.array(x, copy=True))


conjugate = conj


def fix(x, out=None):
    x = np.asarray(x)
    return _scalar_if_0d(np.where(x >= 0, np.floor(x), np.ceil(x)))


def _scalar_if_0d(res):
    if isinstance(res, np.ndarray) and res.ndim == 0:
        return res.reshape(1)[0]
    return res


def extract(condition, arr):
    return np.ravel(arr)[np.ravel(condition) != 0]


def putmask(a, mask, values):
    flat_mask = np.ravel(np.broadcast_to(mask, a.shape))
    vals = np.ravel(np.asarray(values))
    if vals.size == 0:
        return
    flat = a.reshape(-1)
    for i in range(flat_mask.size):
        if flat_mask[i]:
            flat[i] = vals[i % vals.size]
    a[...] = flat.reshape(a.shape)


def iterable(y):
    try:
        builtins_iter(y)
    except TypeError:
        return False
    return True


_KINDS = {
    'bool': 'b',
    'signed integer': 'i',
    'unsigned integer': 'u',
    'integral': 'iu',
    'real floating': 'f',
    'complex floating': 'c',
    'numeric': 'iufc',
}


def isdtype(dtype, kind):
    d = np.dtype(dtype)
    kinds = kind if isinstance(kind, tuple) else (kind,)
    for k in kinds:
        if isinstance(k, str):
            if k not in _KINDS:
                raise ValueError('kind argument is a string, but %r is not a known kind name.' % k)
            if d.kind in _KINDS[k]:
                return True
        elif np.dtype(k) == d:
            return True
    return False


def concat(arrays, /, axis=0, out=None, *, dtype=None, casting='same_kind'):
    res = np.concatenate(arrays, axis=axis)
    return res if dtype is None else res.astype(dtype)


def unstack(x, /, *, axis=0):
    x = np.asarray(x)
    if x.ndim == 0:
        raise ValueError('Input array must be at least 1-d.')
    return tuple(np.moveaxis(x, axis, 0))


def permute_dims(a, axes=None):
    return np.transpose(a, axes)


def matrix_transpose(x, /):
    x = np.asarray(x)
    if x.ndim < 2:
        raise ValueError('Input array must be at least 2-dimensional, but it is %d' % x.ndim)
    return np.swapaxes(x, -1, -2)


def vecdot(x1, x2, /, *, axis=-1):
    return np.sum(np.asarray(x1) * np.asarray(x2), axis=axis)


def apply_along_axis(func1d, axis, arr, *args, **kwargs):
    arr = np.asarray(arr)
    nd = arr.ndim
    if axis < -nd or axis >= nd:
        raise np.exceptions.AxisError('axis %d is out of bounds for array of dimension %d' % (axis, nd))
    if axis < 0:
        axis += nd
    moved = np.moveaxis(arr, axis, -1)
    outer = moved.shape[:-1]
    if 0 in outer:
        raise ValueError('Cannot apply_along_axis when any iteration dimensions are 0')
    results = [np.asarray(func1d(moved[ind], *args, **kwargs)) for ind in np.ndindex(*outer)]
    stacked = np.stack(results).reshape(outer + results[0].shape)
    # The result's own dimensions go where the iterated axis was.
    k = results[0].ndim
    order = list(range(axis)) + list(range(len(outer), len(outer) + k)) + list(range(axis, len(outer)))
    return np.transpose(stacked, order)


def apply_over_axes(func, a, axes):
    val = np.asarray(a)
    n = val.ndim
    if np.ndim(axes) == 0:
        axes = (axes,)
    for axis in axes:
        if axis < 0:
            axis = n + axis
        res = func(val, axis)
        if np.ndim(res) == val.ndim:
            val = np.asarray(res)
        else:
            res = np.expand_dims(res, axis)
            if res.ndim == val.ndim:
                val = res
            else:
                raise ValueError('function is not returning an array of the correct shape')
    return val


def _block_depth(x):
    if isinstance(x, list):
        if len(x) == 0:
            raise ValueError('List at arrays[] cannot be empty')
        return 1 + max(_block_depth(e) for e in x)
    return 0


def _block_ndim(x):
    if isinstance(x, list):
        return max(_block_ndim(e) for e in x)
    return np.ndim(x)


def _block(x, depth, list_ndim, result_ndim):
    if isinstance(x, list):
        parts = [_block(e, depth + 1, list_ndim, result_ndim) for e in x]
        return np.concatenate(parts, axis=-(list_ndim - depth))
    a = np.asarray(x)
    return a.reshape((1,) * (result_ndim - a.ndim) + a.shape)


def block(arrays):
    if isinstance(arrays, tuple):
        raise TypeError('arrays is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit conversion from tuple to ndarray.')
    list_ndim = _block_depth(arrays)
    result_ndim = max(list_ndim, _block_ndim(arrays))
    if list_ndim == 0:
        return np.array(arrays)
    return _block(arrays, 0, list_ndim, result_ndim)


def savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\n', header='', footer='', comments='# ', encoding=None):
    X = np.asarray(X)
    if X.ndim == 0 or X.ndim > 2:
        raise ValueError('Expected 1D or 2D array, got %dD array instead' % X.ndim)
    if X.ndim == 1:
        X = X.reshape(-1, 1)
    ncol = X.shape[1]
    if isinstance(fmt, (list, tuple)):
        if len(fmt) != ncol:
            raise AttributeError('fmt has wrong shape.  %s' % str(fmt))
        row_fmt = delimiter.join(fmt)
    elif fmt.count('%') == 1:
        row_fmt = delimiter.join([fmt] * ncol)
    elif fmt.count('%') != ncol:
        raise ValueError('fmt has wrong number of %% formats:  %s' % fmt)
    else:
        row_fmt = fmt
    lines = []
    if header:
        lines.append(comments + header.replace('\n', '\n' + comments))
    for row in X:
        values = tuple(v.item() for v in row)
        try:
            lines.append(row_fmt % values)
        except TypeError:
            raise TypeError("Mismatch between array dtype ('%s') and format specifier ('%s')" % (X.dtype, row_fmt))
    if footer:
        lines.append(comments + footer.replace('\n', '\n' + comments))
    text = ''.join(line + newline for line in lines)
    if hasattr(fname, 'write'):
        fname.write(text)
    else:
        with open(fname, 'w') as f:
            f.write(text)
`;

export const pythonExtraNames = [
  'asanyarray', 'require', 'asfortranarray', 'isfortran', 'fromiter', 'frombuffer', 'can_cast', 'common_type', 'isreal',
  'iscomplex', 'conj', 'conjugate', 'fix', 'extract', 'putmask', 'iterable', 'isdtype', 'concat', 'unstack', 'permute_dims',
  'matrix_transpose', 'vecdot', 'apply_along_axis', 'apply_over_axes', 'block', 'savetxt',
];

let extras: PyModule | null = null;

/** One of the Python-written numpy functions (the module compiles on the first call for any). */
export function pythonExtra(name: string): PyValue {
  extras ??= pythonModule('numpy._tfts_python_extras', extrasSource);
  return extras.dict.get(name)!;
}
