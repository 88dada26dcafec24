# Imports from the script's folder: a namespace package (data/ has no __init__.py), a regular
# package with relative imports, submodules, aliases.
from data import shapes_lib
from data import shapes_lib as again
import data.shapes_lib
from data.pkg import area, perimeter, VERSION
import data.pkg.tools as tools
from data.pkg.geometry import area as geo_area

print(shapes_lib.circle_area(1.0), shapes_lib.Square(3), shapes_lib.Square(3).area(), shapes_lib.UNIT, again is shapes_lib, data.shapes_lib is shapes_lib)
print(area(2, 3), perimeter(2, 3), VERSION, tools.double_area(2, 5), tools.describe(), geo_area(4, 4))
print(shapes_lib.__name__, tools.__name__, type(shapes_lib).__name__)
try:
    from data.pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
