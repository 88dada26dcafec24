# A regular package (with __init__.py) imported by test/python/lib_imports.py.
from .geometry import area, perimeter

VERSION = '1.2'
print('pkg initialised:', __name__)
