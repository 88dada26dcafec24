import numpy as np

for t in [np.float16, np.float32, np.float64]:
    f = np.finfo(t)
    print(repr(f))
    print(f)
    print(f.bits, f.eps, f.tiny, f.max, f.min, f.resolution, f.dtype, f.precision, f.smallest_normal, f.epsneg)
    print(f.maxexp, f.minexp, f.machep, f.negep, f.nmant, f.nexp, f.iexp, f.smallest_subnormal)
    print(type(f.eps), type(f.bits), type(f.max), repr(f.eps), repr(f.max))
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    i = np.iinfo(t)
    print(repr(i))
    print(i)
    print(i.bits, i.min, i.max, i.dtype, i.kind, type(i.min))
print(np.finfo(float).eps, np.finfo('float32').eps, np.iinfo(int).max, np.iinfo(np.int16).max)
print(np.finfo(np.float32(1)).bits, np.iinfo(np.int8(1)).min, np.finfo(np.dtype('float16')).max, np.iinfo('uint8').max, np.finfo(1.0).eps)
print(np.iinfo(np.int32).max + 1, np.finfo(np.float32).max / 2, 1.0 + np.finfo(float).eps > 1.0)
print(np.isscalar(3), np.isscalar(3.5), np.isscalar(True), np.isscalar('a'), np.isscalar(np.float32(1)), np.isscalar(np.array(3)), np.isscalar([1]), np.isscalar(None))
print(np.issubdtype(np.float32, np.floating), np.issubdtype(np.int8, np.integer), np.issubdtype(np.uint8, np.signedinteger), np.issubdtype(np.float64, float))
print(np.issubdtype('int8', int), np.issubdtype(np.int64, int), np.issubdtype(np.arange(3).dtype, np.number), np.issubdtype(np.bool_, np.number), np.issubdtype(np.float16, np.inexact))
print(np.issubdtype(np.dtype('float32'), 'float32'), np.issubdtype(np.uint16, np.unsignedinteger), np.issubdtype(np.float32, np.float64), np.issubdtype(bool, np.generic))
print(np.result_type(np.int8, 1.0), np.result_type(np.int8, 1), np.result_type(np.arange(3, dtype=np.int16), np.float32), np.result_type(3, 4.0), np.result_type('i4', 'u4'))
print(np.result_type(np.float32(1), 2), np.result_type(np.ones(2, np.float16), np.int16), np.result_type(True, np.uint8), np.result_type(float, int))

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

t(lambda: np.iinfo(np.float32))
t(lambda: np.finfo(np.int32))
t(lambda: np.iinfo(np.bool_))
t(lambda: np.result_type())
t(lambda: np.finfo(np.ones(2)))
t(lambda: np.iinfo(np.arange(3)))
t(lambda: np.finfo(np.bool_))
