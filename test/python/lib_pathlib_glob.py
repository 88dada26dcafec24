from pathlib import Path, PurePosixPath
import glob
import os

p = Path('data') / 'raw' / 'train.tar.gz'
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent, p.parts, p.is_absolute())
print(Path('/usr/lib/python3.11/os.py').parents[1], Path('/'), Path(), Path('a//b/./c'), Path('/a') / '/b', 'x' / Path('y'), Path('a', 'b', 'c'))
print(p.with_suffix('.zip'), p.with_name('test.csv'), Path('model.h5').with_suffix(''), Path('/a/b/c').relative_to('/a'), Path('a/b') == Path('a/b/'), Path('a') < Path('b'))
print(PurePosixPath('x/y.txt').stem, str(Path('docs') / 'readme.md'), Path('/a/b.py').match('*.py'), Path('a/b/c.py').match('b/*.py'), os.fspath(Path('q/r')) if hasattr(os, 'fspath') else 'q/r')
base = Path('lib_pathlib_tmp')
(base / 'sub').mkdir(parents=True, exist_ok=True)
(base / 'notes.txt').write_text('hello\nworld\n')
(base / 'sub' / 'deep.txt').write_text('deep')
(base / 'code.py').write_text('print(1)')
print((base / 'notes.txt').read_text().splitlines(), (base / 'notes.txt').exists(), (base / 'missing').exists(), base.is_dir(), (base / 'code.py').is_file())
print(sorted(x.name for x in base.iterdir()), sorted(str(x) for x in base.glob('*.txt')), sorted(str(x) for x in base.rglob('*.txt')))
print(sorted(glob.glob('lib_pathlib_tmp/*')), sorted(glob.glob('lib_pathlib_tmp/**/*.txt', recursive=True)), glob.glob('lib_pathlib_tmp/code.py'), glob.glob('lib_pathlib_tmp/*.none'))
with (base / 'notes.txt').open() as f:
    print(f.readline().strip())
try:
    (base / 'sub').mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
try:
    Path('lib_pathlib_tmp/nope.txt').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
for f in ['sub/deep.txt', 'notes.txt', 'code.py']:
    (base / f).unlink()
(base / 'sub').rmdir()
base.rmdir()
print(base.exists())
