// numpy.testing's assertions (assert_equal, assert_array_equal, assert_allclose,
// assert_almost_equal, assert_array_almost_equal, assert_array_less, assert_raises), written in
// Python on tfts's numpy with numpy's rules and message layout: the header, the mismatch count,
// up to five mismatching indices, the largest absolute and relative differences, and the operands'
// reprs at the assertion's precision. Compiled on first use of np.testing.
import type { PyModule } from '../../interpreter/objects/function.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';

const testingSource = String.raw`
import numpy as np


def build_err_msg(arrays, err_msg, header='Items are not equal:', verbose=True, names=('ACTUAL', 'DESIRED'), precision=8):
    msg = ['\n' + header]
    err_msg = str(err_msg)
    if err_msg:
        if err_msg.find('\n') == -1 and len(err_msg) < 79 - len(header):
            msg = [msg[0] + ' ' + err_msg]
        else:
            msg.append(err_msg)
    if verbose:
        for i, a in enumerate(arrays):
            if isinstance(a, np.ndarray):
                r = np.array_repr(a, precision=precision)
            else:
                r = repr(a)
            if r.count('\n') > 3:
                r = '\n'.join(r.splitlines()[:3])
                r += '...'
            msg.append(' %s: %s' % (names[i], r))
    return '\n'.join(msg)


def _same_positions(x, y, func, hasval, err_msg, verbose, header, names, precision):
    x_id = np.asarray(func(x))
    y_id = np.asarray(func(y))
    if not bool(np.all(x_id == y_id)):
        msg = build_err_msg([x, y], err_msg + '\n%s location mismatch:' % hasval, verbose=verbose, header=header, names=names, precision=precision)
        raise AssertionError(msg)
    if x_id.ndim == 0:
        return x_id
    if y_id.ndim == 0:
        return y_id
    return y_id


def assert_array_compare(comparison, x, y, err_msg='', verbose=True, header='', precision=6, equal_nan=True, equal_inf=True, strict=False, names=('ACTUAL', 'DESIRED')):
    x = np.asarray(x)
    y = np.asarray(y)
    ox, oy = x, y
    if strict:
        cond = x.shape == y.shape and x.dtype == y.dtype
    else:
        cond = (x.shape == () or y.shape == ()) or x.shape == y.shape
    if not cond:
        if x.shape != y.shape:
            reason = '\n(shapes %s, %s mismatch)' % (x.shape, y.shape)
        else:
            reason = '\n(dtypes %s, %s mismatch)' % (x.dtype, y.dtype)
        raise AssertionError(build_err_msg([x, y], err_msg + reason, verbose=verbose, header=header, names=names, precision=precision))
    try:
        numeric = np.issubdtype(x.dtype, np.number) and np.issubdtype(y.dtype, np.number)
    except TypeError:
        numeric = False
    flagged = np.asarray(False)
    if numeric and equal_nan:
        flagged = _same_positions(x, y, np.isnan, 'nan', err_msg, verbose, header, names, precision)
    if numeric and equal_inf:
        flagged = flagged | _same_positions(x, y, lambda v: v == np.inf, '+inf', err_msg, verbose, header, names, precision)
        flagged = flagged | _same_positions(x, y, lambda v: v == -np.inf, '-inf', err_msg, verbose, header, names, precision)
    if flagged.ndim > 0:
        keep = np.logical_not(flagged)
        x = np.broadcast_to(x, flagged.shape)[keep] if x.ndim == 0 else x[keep]
        y = np.broadcast_to(y, flagged.shape)[keep] if y.ndim == 0 else y[keep]
        if x.size == 0:
            return
    elif bool(flagged):
        return
    val = np.asarray(comparison(x, y))
    invalids = np.logical_not(val)
    reduced = np.ravel(val)
    if bool(np.all(reduced)):
        return
    n_mismatch = int(reduced.size - np.sum(reduced))
    n_elements = flagged.size if flagged.ndim != 0 else reduced.size
    percent = 100 * n_mismatch / n_elements
    remarks = ['Mismatched elements: %d / %d (%s%%)' % (n_mismatch, n_elements, format(percent, '.3g'))]
    if invalids.ndim != 0:
        if flagged.ndim > 0:
            positions = np.argwhere(np.logical_not(flagged))[np.ravel(invalids)]
        else:
            positions = np.argwhere(invalids)
        lines = []
        for p in positions[:5]:
            at = tuple(int(i) for i in p)
            a = ox if ox.ndim == 0 else ox[at]
            b = oy if oy.ndim == 0 else oy[at]
            lines.append(' %s: %s (%s), %s (%s)' % (list(at), a, names[0], b, names[1]))
        s = '\n'.join(lines)
        if len(positions) == 1:
            remarks.append('Mismatch at index:\n' + s)
        elif len(positions) <= 5:
            remarks.append('Mismatch at indices:\n' + s)
        else:
            remarks.append('First 5 mismatches are at indices:\n' + s)
    try:
        with np.errstate(all='ignore'):
            error = np.abs(x - y)
            if np.issubdtype(x.dtype, np.unsignedinteger):
                error = np.minimum(error, np.abs(y - x))
            bad = np.ravel(np.broadcast_to(invalids, np.shape(error)))
            flat_error = np.ravel(error)
            max_abs = np.max(flat_error[bad])
            remarks.append('Max absolute difference among violations: ' + np.array2string(max_abs))
            nonzero_bad = np.logical_and(bad, np.ravel(np.broadcast_to(y != 0, np.shape(error))))
            if not bool(np.any(nonzero_bad)):
                max_rel = np.array(np.inf)
            else:
                ys = np.ravel(np.broadcast_to(y, np.shape(error)))
                max_rel = np.max(flat_error[nonzero_bad] / np.abs(ys[nonzero_bad]))
            remarks.append('Max relative difference among violations: ' + np.array2string(max_rel))
    except TypeError:
        pass
    err_msg = str(err_msg) + '\n' + '\n'.join(remarks)
    raise AssertionError(build_err_msg([ox, oy], err_msg, verbose=verbose, header=header, names=names, precision=precision))


def assert_array_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    assert_array_compare(lambda a, b: a == b, actual, desired, err_msg=err_msg, verbose=verbose, header='Arrays are not equal', strict=strict)


def assert_array_less(x, y, err_msg='', verbose=True, *, strict=False):
    assert_array_compare(lambda a, b: a < b, x, y, err_msg=err_msg, verbose=verbose, header='Arrays are not strictly ordered ' + chr(96) + 'x < y' + chr(96), equal_inf=False, strict=strict, names=('x', 'y'))


def assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg='', verbose=True, *, strict=False):
    def compare(x, y):
        return np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)
    actual, desired = np.asarray(actual), np.asarray(desired)
    header = 'Not equal to tolerance rtol=%s, atol=%s' % (format(rtol, 'g'), format(atol, 'g'))
    assert_array_compare(compare, actual, desired, err_msg=str(err_msg), verbose=verbose, header=header, equal_nan=equal_nan, strict=strict)


def assert_array_almost_equal(actual, desired, decimal=6, err_msg='', verbose=True):
    def compare(x, y):
        y = np.asarray(y, np.result_type(y, 1.0))
        return np.abs(x - y) < 1.5 * 10.0 ** (-decimal)
    assert_array_compare(compare, actual, desired, err_msg=err_msg, verbose=verbose, header='Arrays are not almost equal to %d decimals' % decimal, precision=decimal)


def _isscalar(v):
    return isinstance(v, (int, float, bool, str, bytes, np.generic))


def assert_almost_equal(actual, desired, decimal=7, err_msg='', verbose=True):
    def failure():
        return AssertionError(build_err_msg([actual, desired], err_msg, verbose=verbose, header='Arrays are not almost equal to %d decimals' % decimal))
    if isinstance(actual, (np.ndarray, tuple, list)) or isinstance(desired, (np.ndarray, tuple, list)):
        return assert_array_almost_equal(actual, desired, decimal, err_msg)
    try:
        if not (np.isfinite(desired) and np.isfinite(actual)):
            if np.isnan(desired) or np.isnan(actual):
                if not (np.isnan(desired) and np.isnan(actual)):
                    raise failure()
            elif not desired == actual:
                raise failure()
            return
    except TypeError:
        pass
    if abs(desired - actual) >= np.float64(1.5 * 10.0 ** (-decimal)):
        raise failure()


def assert_equal(actual, desired, err_msg='', verbose=True, *, strict=False):
    if isinstance(desired, dict):
        if not isinstance(actual, dict):
            raise AssertionError(repr(type(actual)))
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in desired:
            if k not in actual:
                raise AssertionError(repr(k))
            assert_equal(actual[k], desired[k], 'key=%r\n%s' % (k, err_msg), verbose)
        return
    if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
        assert_equal(len(actual), len(desired), err_msg, verbose)
        for k in range(len(desired)):
            assert_equal(actual[k], desired[k], 'item=%r\n%s' % (k, err_msg), verbose)
        return
    if isinstance(actual, np.ndarray) or isinstance(desired, np.ndarray):
        return assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
    msg = build_err_msg([actual, desired], err_msg, verbose=verbose)
    if _isscalar(desired) != _isscalar(actual):
        raise AssertionError(msg)
    try:
        if np.isnan(desired) and np.isnan(actual):
            return
        if desired == 0 and actual == 0:
            if not np.signbit(desired) == np.signbit(actual):
                raise AssertionError(msg)
    except (TypeError, ValueError):
        pass
    if not (desired == actual):
        raise AssertionError(msg)


def assert_(val, msg=''):
    if not val:
        try:
            smsg = msg()
        except TypeError:
            smsg = msg
        raise AssertionError(smsg)


class _AssertRaisesContext:
    def __init__(self, expected):
        self.expected = expected

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            raise AssertionError('%s not raised' % self.expected.__name__)
        return issubclass(exc_type, self.expected)


def assert_raises(exception_class, *args, **kwargs):
    if not args:
        return _AssertRaisesContext(exception_class)
    func = args[0]
    try:
        func(*args[1:], **kwargs)
    except exception_class:
        return
    raise AssertionError('%s not raised by %s' % (exception_class.__name__, func.__name__))
`;

let testing: PyModule | null = null;

/** np.testing, compiled on first use. */
export function numpyTestingModule(): PyModule {
  testing ??= pythonModule('numpy.testing', testingSource);
  return testing;
}
