# abc (ABC, abstractmethod and CPython's instantiation error), tempfile (mkdtemp, TemporaryDirectory, NamedTemporaryFile) and shutil (copyfile, copy, copytree, move, rmtree)
import os
import shutil
import tempfile
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return 'area=%s' % self.area()

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Full(Square):
    def perimeter(self):
        return 4 * self.s

for cls in (Shape, Square):
    try:
        cls(2) if cls is Square else cls()
    except TypeError as e:
        print('TypeError:', e)
print(Full(3).describe(), Full(3).perimeter(), isinstance(Full(1), Shape))

print(os.path.isdir(tempfile.gettempdir()))
d = tempfile.mkdtemp(prefix='tfts_', suffix='_x')
print(os.path.isdir(d), os.path.basename(d).startswith('tfts_'), d.endswith('_x'), len(os.path.basename(d)))
os.makedirs(os.path.join(d, 'a', 'b'))
with open(os.path.join(d, 'a', 'f.txt'), 'w') as f:
    f.write('hello')
shutil.copyfile(os.path.join(d, 'a', 'f.txt'), os.path.join(d, 'g.txt'))
print(open(os.path.join(d, 'g.txt')).read())
print(os.path.basename(shutil.copy(os.path.join(d, 'g.txt'), os.path.join(d, 'a', 'b'))))
shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'c'))
print(sorted(os.listdir(os.path.join(d, 'c'))), sorted(os.listdir(os.path.join(d, 'c', 'b'))))
print(os.path.basename(shutil.move(os.path.join(d, 'g.txt'), os.path.join(d, 'h.txt'))), sorted(os.listdir(d)))
shutil.rmtree(d)
print(os.path.exists(d))
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, 'x.bin')
    with open(p, 'wb') as f:
        f.write(b'123')
    print(os.path.getsize(p), os.path.isdir(td))
print(os.path.exists(td))
with tempfile.NamedTemporaryFile(suffix='.txt') as nf:
    nf.write(b'abc')
    nf.flush()
    print(nf.name.endswith('.txt'), os.path.exists(nf.name))
print(os.path.exists(nf.name))
try:
    shutil.rmtree('/nonexistent_tfts_dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
shutil.rmtree('/nonexistent_tfts_dir', ignore_errors=True)
print('done')
