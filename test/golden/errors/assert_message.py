x = 1 + 1
assert x == 2, 'this one holds'
print('first assert passed')
assert x == 3, 'expected 3, got ' + str(x)
print('not reached')
