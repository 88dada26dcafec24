import os
import os.path
from os.path import join, splitext, basename, dirname

print(join('a', 'b', 'c.txt'), join('/x', '/abs', 'y'), join('a/', 'b'), join('', 'b'), os.path.join('dir', ''))
print(splitext('archive.tar.gz'), splitext('.bashrc'), splitext('a/b.c/d'), splitext('x.'), splitext('..'), splitext('a/.b.txt'))
print(basename('/usr/lib/x.py'), basename('/usr/lib/'), dirname('/usr/lib/x.py'), dirname('x.py'), dirname('/x'), os.path.split('a/b/c'), os.path.split('/'))
print(os.path.normpath('a//b/./c/../d'), os.path.normpath('/../x'), os.path.normpath(''), os.path.normpath('../../a'), os.path.isabs('/a'), os.path.isabs('a'))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('/a', '/a'), os.path.commonprefix(['interstellar', 'internet', 'interval']), os.sep, os.path.sep, os.name, os.curdir)
print(os.path.abspath('.') == os.getcwd(), os.path.abspath('sub/../f.txt') == join(os.getcwd(), 'f.txt'))
base = 'lib_os_tmp_dir'
os.makedirs(join(base, 'inner', 'deep'), exist_ok=True)
os.makedirs(join(base, 'inner'), exist_ok=True)
with open(join(base, 'a.txt'), 'w') as f:
    f.write('hello')
with open(join(base, 'inner', 'b.csv'), 'w') as f:
    f.write('1,2\n')
print(sorted(os.listdir(base)), os.path.exists(base), os.path.isdir(base), os.path.isfile(join(base, 'a.txt')), os.path.getsize(join(base, 'a.txt')))
print(os.path.exists(join(base, 'nope')), os.path.isfile(base), os.stat(join(base, 'a.txt')).st_size)
for dirpath, dirnames, filenames in os.walk(base):
    print(dirpath, sorted(dirnames), sorted(filenames))
os.rename(join(base, 'a.txt'), join(base, 'c.txt'))
print(sorted(os.listdir(base)))
for bad in [lambda: os.makedirs(base), lambda: os.remove(join(base, 'nope.txt')), lambda: os.listdir('no_such_dir'), lambda: os.rmdir(base), lambda: os.path.getsize('missing.bin'), lambda: os.mkdir(base)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
os.remove(join(base, 'c.txt'))
os.remove(join(base, 'inner', 'b.csv'))
os.rmdir(join(base, 'inner', 'deep'))
os.rmdir(join(base, 'inner'))
os.rmdir(base)
print(os.path.exists(base), os.getenv('TFTS_SURELY_UNSET'), os.getenv('TFTS_SURELY_UNSET', 'dflt'), 'PATH' in os.environ, type(os.environ['PATH']).__name__)
