# A plain module imported by test/python/lib_imports.py (through the namespace package `data`).
import math

print('shapes_lib loaded as', __name__)
UNIT = 2.0


def circle_area(r):
    return math.pi * r * r


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def __repr__(self):
        return f'Square({self.side})'
