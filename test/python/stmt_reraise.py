def risky():
    return [1, 2][5]

try:
    risky()
except IndexError as e:
    print("got", e)
    raise
