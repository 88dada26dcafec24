import os
with open('t_out.txt', 'w') as f:
    print(f.write('line one\n'), f.closed, f.name, f.mode, repr(f))
    f.writelines(['two\n', 'three\n'])
    print('four', file=f)
print(f.closed)
with open('t_out.txt') as f:
    print(repr(f.read()))
with open('t_out.txt', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline(2)), f.readlines())
for line in open('t_out.txt'):
    print(line.rstrip())
with open('t_out.txt', 'a') as f:
    f.write('five\n')
with open('t_out.txt') as f:
    lines = [l.strip() for l in f]
print(lines, len(lines))
f = open('t_out.txt')
print(next(f), f.read(3)); f.seek(0); print(f.readline()); f.close()
for bad in [lambda: open('nope.txt'), lambda: open('t_out.txt', 'q'), lambda: f.read(), lambda: open('.'), lambda: open('t_out.txt', 'x'), lambda: open('t_out.txt', 'w').read(), lambda: open(3.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    open('missing.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
with open('t_bin.bin', 'wb') as f:
    f.write(b'ab\x00c')
with open('t_bin.bin', 'rb') as f:
    print(f.read(), f)
os.remove('t_out.txt'); os.remove('t_bin.bin')
print(os.path.exists('t_out.txt'))
open('nope.txt')
