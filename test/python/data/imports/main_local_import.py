# `import mymodule` finds mymodule.py next to the running script; a second import reuses it.
import sibling_helper
import sibling_helper as again
from sibling_helper import bump

print(bump(), bump(), sibling_helper.counter, again is sibling_helper, sibling_helper.__name__)
import sys
print('sibling_helper' in sys.modules)
try:
    import not_a_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import missing_helper_module
