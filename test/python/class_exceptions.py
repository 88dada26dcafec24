class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f'[{self.code}] {self.args[0]}'


class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


class Pair(Exception):
    pass


for exc in [AppError('plain'), CodeError('bad', 42), NoSuper(1, 2), Pair(1, 'two'), Pair(), KeyError('k'), ValueError()]:
    print(type(exc).__name__, repr(exc), '|', str(exc), '|', exc.args)

try:
    raise CodeError('failed', 7)
except AppError as e:
    print('caught', type(e).__name__, e, e.code, isinstance(e, Exception))

try:
    raise AppError
except Exception as e:
    print('class raised:', repr(e), e.args)

try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__traceback__ is not None)

try:
    raise ValueError('x') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)

print(issubclass(CodeError, (KeyError, AppError)), CodeError.__mro__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))


def check(f):
    try:
        f()
    except Exception as e:
        print(f'{type(e).__name__}: {e}')


check(lambda: 1 + 'a')
check(lambda: 'a' + 1)
check(lambda: [1] + (2,))
check(lambda: 3 * None)
check(lambda: [None][0]())
check(lambda: [5][0][0])
check(lambda: len(5))
check(lambda: int('x12'))
check(lambda: int('12', 2))
check(lambda: float('abc'))
check(lambda: [1, 2][5])
check(lambda: (1,)[3])
check(lambda: 'ab'[9])
check(lambda: {'a': 1}['b'])
check(lambda: {1: 2}[(1, 2)])
check(lambda: 1 / 0)
check(lambda: 1 // 0)
check(lambda: 1 % 0)
check(lambda: 1.0 / 0)
check(lambda: 2.0 // 0.0)
check(lambda: divmod(1, 0))
check(lambda: {[1]: 2})
check(lambda: hash([]))
check(lambda: object().foo)
check(lambda: 'abc'.uper())
check(lambda: [].push)
check(lambda: (1, 2).append(3))
check(lambda: int.foo)
check(lambda: [1, 2, 3].index(7))
check(lambda: [].pop())
check(lambda: {}.popitem())
check(lambda: iter(5))
check(lambda: next(iter([])))
check(lambda: abs('x'))
check(lambda: -'x')
check(lambda: ~1.5)
check(lambda: 1 < 'a')
check(lambda: [1] < (1,))
check(lambda: None > None)
check(lambda: sorted([1, 'a']))
check(lambda: max([]))
check(lambda: min())
check(lambda: chr(-1))
check(lambda: ord('ab'))
check(lambda: 'x'.join([1]))
check(lambda: sum(['a', 'b']))
check(lambda: '{} {}'.format(1))
check(lambda: '%d' % 'x')
check(lambda: '%s %s' % (1,))
check(lambda: '%s' % (1, 2))
check(lambda: list(1))
check(lambda: dict([1, 2]))
check(lambda: range(1.5))
check(lambda: isinstance(1, 2))
check(lambda: getattr(1, 2))
check(lambda: 2 ** -1 % 0)
check(lambda: pow(2, 3, 0))
check(lambda: [1, 2].remove(3))
check(lambda: (lambda x: x)())
check(lambda: (lambda x: x)(1, 2))
check(lambda: (lambda *, k: k)())
check(lambda: (lambda x: x)(y=1))


def f(a, b, c=1):
    return a


check(lambda: f(1))
check(lambda: f())
check(lambda: f(1, 2, 3, 4))
check(lambda: f(1, 2, a=3))


class K:
    def m(self, x):
        return x


check(lambda: K().m())
check(lambda: K().m(1, 2))
check(lambda: K(1))
check(lambda: K().missing)
check(lambda: K.missing)
