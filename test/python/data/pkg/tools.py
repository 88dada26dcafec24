# Another submodule, imported as `import data.pkg.tools as tools`.
from . import geometry
from .geometry import area as _area


def double_area(w, h):
    return 2 * _area(w, h)


def describe():
    return f'tools uses {geometry.__name__}'
