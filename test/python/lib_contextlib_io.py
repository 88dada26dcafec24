# contextlib (contextmanager, suppress, redirect_stdout, nullcontext, ExitStack) and io.StringIO/BytesIO; print writes to a replaced sys.stdout piece by piece
import contextlib
import io
import sys
from contextlib import contextmanager, suppress, redirect_stdout

@contextmanager
def tag(name):
    print('<%s>' % name)
    yield name.upper()
    print('</%s>' % name)

with tag('h1') as t:
    print('inside', t)

@contextmanager
def guard():
    try:
        yield
    except ZeroDivisionError as e:
        print('caught', e)

with guard():
    1 / 0
print('after')

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')

f = io.StringIO()
with redirect_stdout(f):
    print('captured', 1, 2)
    print('line two')
print(repr(f.getvalue()))
s = io.StringIO('a\nb\nc')
print(s.readline(), s.read(), s.tell(), list(io.StringIO('x\ny\n')))
b = io.BytesIO()
b.write(b'abc'); b.write(b'def')
print(b.getvalue(), b.tell(), b.seek(0), b.read(2))
with contextlib.nullcontext(5) as v:
    print(v)
with contextlib.ExitStack() as stack:
    stack.callback(print, 'cb1')
    stack.callback(print, 'cb2')
    x = stack.enter_context(tag('p'))
    print('body', x)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError:', e)
try:
    with tag('x'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
@tag('deco')
def f2():
    print('in f2')
f2()
