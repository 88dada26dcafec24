# A submodule of data.pkg, imported relatively by its __init__.py.
def area(w, h):
    return w * h


def perimeter(w, h):
    return 2 * (w + h)


if __name__ == '__main__':
    print('geometry run as a script:', area(2, 3))
