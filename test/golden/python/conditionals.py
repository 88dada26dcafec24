def classify(x):
    if x < 0:
        return 'negative'
    elif x == 0:
        return 'zero'
    elif x < 10:
        return 'small'
    else:
        return 'large'

for v in [-5, 0, 3, 10, 2.5]:
    print(v, classify(v))

print(1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, 'a' < 'b', [1, 2] < [1, 3])
print(0 or 'default', 'x' and 'y', None or 0, [] and 1, not 0, not 'a')
print(True + True, True * 3, 1 if [] else 2, 'yes' if 'a' in 'cat' else 'no')
x = 7
print('odd' if x % 2 else 'even')
print(x is None, x is not None, None is None)
if x:
    print('truthy int')
if not []:
    print('empty list is falsy')
if '':
    print('not printed')
elif {}:
    print('not printed')
else:
    print('else branch')
