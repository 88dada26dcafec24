for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print('for', i)
else:
    print('for-else not reached')

for i in range(3):
    print('loop', i)
else:
    print('for-else runs')

n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print('while', n)
else:
    print('while-else not reached')

k = 3
while k:
    k -= 1
else:
    print('while-else runs', k)

for x in []:
    print('empty')
else:
    print('empty for-else')

for i in range(2):
    for j in range(3):
        if j == 2:
            break
        print(i, j)

total = 0
for ch in 'abc':
    total += ord(ch)
print(total)
for key in {'x': 1, 'y': 2}:
    print(key)
