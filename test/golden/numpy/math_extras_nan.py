# numpy's NaN-ignoring reductions (nansum ... nancumprod, nanmedian) over axes, keepdims, ddof and
# dtype, on float64/float32/int/list/empty inputs; the RuntimeWarnings they raise are recorded.
import warnings
import numpy as np

nan = np.nan
a = np.array([[1.0, nan, 3.0, 0.1], [nan, nan, nan, nan], [0.2, 0.7, nan, -5.5]])
f = a.astype(np.float32)
i = np.array([[3, 1, 2], [7, 5, 9]])


def show(label, fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = fn()
            print(label, repr(r))
        except Exception as e:
            print(label, type(e).__name__, e)
    for x in w:
        print('  warning:', x.category.__name__, x.message)


for name in ['nansum', 'nanprod', 'nanmean', 'nanvar', 'nanstd', 'nanmin', 'nanmax', 'nanargmin', 'nanargmax',
             'nancumsum', 'nancumprod', 'nanmedian']:
    fn = getattr(np, name)
    show(name + ' all', lambda: fn(a))
    show(name + ' ax0', lambda: fn(a, axis=0))
    show(name + ' ax1', lambda: fn(a, axis=1))
    show(name + ' ax-1 f32', lambda: fn(f, axis=-1))
    show(name + ' int', lambda: fn(i, axis=0))
    show(name + ' int all', lambda: fn(i))
    if name not in ('nancumsum', 'nancumprod'):
        show(name + ' keep', lambda: fn(a, axis=1, keepdims=True))
    show(name + ' list', lambda: fn([1.0, nan, 2.5]))
    show(name + ' empty', lambda: fn(np.zeros((0, 3)), axis=0))
show('nanvar ddof', lambda: np.nanvar(a, axis=1, ddof=1))
show('nanstd ddof2', lambda: np.nanstd(a, axis=0, ddof=2))
show('nanmean dtype', lambda: np.nanmean(f, axis=0, dtype=np.float64))
show('nansum dtype', lambda: np.nansum(i, dtype=np.float32))
show('nansum 3d', lambda: np.nansum(np.arange(24.0).reshape(2, 3, 4), axis=(0, 2)))
show('nanmean 3d', lambda: np.nanmean(np.where(np.arange(24) % 5 == 0, nan, np.arange(24.0)).reshape(2, 3, 4), axis=(0, 2), keepdims=True))
show('nanmax scalar', lambda: np.nanmax(np.float32(2.5)))
show('nanmin allnan', lambda: np.nanmin([nan, nan]))
show('nanargmax axis err', lambda: np.nanargmax(a, axis=2))

rng = np.random.default_rng(7)
big = rng.standard_normal((9, 300))
big[rng.random((9, 300)) < 0.1] = nan
print(np.nansum(big, axis=1).tolist())
print(np.nanmean(big, axis=0).tolist()[:40])
print(np.nanvar(big, axis=1).tolist(), np.nanstd(big, axis=1, ddof=1).tolist())
print(np.nanvar(big.astype(np.float32), axis=1).tolist(), np.nanmean(big.astype(np.float32)))
print(np.nanmedian(big, axis=1).tolist(), np.nanmedian(big.astype(np.float32), axis=1).tolist())
print(repr(np.nansum(big)), repr(np.nanmean(big)), repr(np.nanstd(big)), repr(np.nanprod(big[:, :5])))
