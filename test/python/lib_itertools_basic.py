import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, pairwise, product, permutations, combinations,
                       combinations_with_replacement, starmap, tee, zip_longest)


c = count(5)
print(next(c), next(c), c)
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 4)), list(zip('abc', count(1))))
print(count(0.5, 0.25), repeat('x', 3), list(repeat('x', 3)), list(repeat(None, 0)))
print(list(islice(cycle('AB'), 7)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate(['a', 'b', 'c'])))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True] * 3)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda s: s[0])])
groups = [(k, g) for k, g in groupby('aabbc')]
print([(k, list(g)) for k, g in groups])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice('ABC', 1, 100)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)), list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('AB', 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('A', 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(5), repeat=4)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [(1, 9, 2), (4, 3)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1, 2], [3])), list(zip_longest()))
print(type(count()).__name__, type(chain()).__name__, type(groupby('')).__name__)
for bad in [lambda: list(islice('abc', -1)), lambda: list(islice('abc', 1, 2, 0)), lambda: list(permutations('abc', -1)),
            lambda: list(combinations('abc', -2)), lambda: list(product('ab', repeat=-1)), lambda: list(islice('abc', 'x'))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
