name = 'tfts'
n = 3
x = 3.14159
print(f'{name} runs {n} scripts')
print(f'{x:.2f} {x:8.3f}| {n:03d} {n:>4}| {name!r} {n * 2}')
print('%d items, %s, %.3f, %5.1f|' % (n, name, x, x))
print('%s' % 'single', '%r' % 'q', '%d%%' % 50)
print('{} + {} = {}'.format(1, 2, 3), '{0}{1}{0}'.format('a', 'b'), '{k}'.format(k='v'))
print('  pad  '.strip(), 'a,b,c'.split(','), ' '.join(['x', 'y']), 'hello world'.split())
print('Hello'.upper(), 'Hello'.lower(), 'abc'.replace('b', 'B'), 'abc'.startswith('ab'))
print('abc'.endswith('z'), 'banana'.find('n'), 'banana'.count('a'), 'ab' * 3)
print('abcdef'[1:4], 'abcdef'[-1], 'abcdef'[::-1], len('梯度'))
print('x=' + str(1), 'epoch %d/%d' % (1, 5), f'{0.5:.1%}', f'{1234567:,}')
print(f'{1e-5}', f'{2.5e10:e}', f'{7:b}', '{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
