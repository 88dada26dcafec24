import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m, m.group(), m.group(0), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2), m[1], m.string, m.pos, m.endpos)
print(re.match('abc', 'xabc'), re.search('abc', 'xabc'), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), bool(re.search('b', 'abc')))
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)', 'Date: 2024-03-15.')
print(m.groupdict(), m.group('year'), m['month'], m.span('day'), m.start('year'), m.lastindex, m.lastgroup, m.re.groupindex)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1, b=2'), re.findall(r'(\w+)@', 'x@y z@w'), re.findall('z', 'abc'))
print([m.group() for m in re.finditer(r'[aeiou]', 'education')], [m.span() for m in re.finditer(r'\bw\w*', 'we were wrong')])
print(re.sub(r'\s+', ' ', 'a   b \t\n c'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example'), re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.sub('a', 'b', 'aaaa', count=2), re.subn(r'o', '0', 'foo boo'), re.sub('x*', '-', 'abxd'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b,c'), re.split(r'\s+', ' lead and trail '), re.split(',', 'a,b,c', maxsplit=1), re.split(r'\b', 'hi you'))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.MULTILINE), re.findall(r'^\w+', 'one\ntwo'), re.search('a.b', 'a\nb'), re.search('a.b', 'a\nb', re.DOTALL))
print(re.findall('hello', 'Hello HELLO hello', re.IGNORECASE), re.findall(r'(?i)hello', 'HeLLo'), re.search(r'(\d+)$', 'abc 42\n').group(1), re.search(r'\Aab', 'ab'), re.search(r'c\Z', 'abc\n'))
pat = re.compile(r'''
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
''', re.VERBOSE)
print(pat.search('call 555-1234 now').groups(), pat.groups, pat.flags & re.VERBOSE != 0)
p = re.compile(r'(a)(b)?')
print(p.match('ac').groups(), p.match('ac').groups('-'), p.match('ac').group(2), p.match('ac').span(2), p, re.compile('x', re.I | re.M), p.pattern)
print(re.escape('1+1=2? (yes) [a-z] $5.00 a_b'), re.sub(re.escape('a.b'), 'X', 'a.b axb'))
print(re.search(r'(\w)\1', 'abccd').group(), re.search(r'(?P<c>\w)(?P=c)', 'xyyz').group(), re.findall(r'(?:ab)+', 'ababxab'), re.search(r'(?<=\$)\d+', 'cost $42').group())
print(re.match(r'[]a]+', ']a]b').group(), re.findall(r'[^]]', 'a]b'), re.search(r'a(?#comment)b', 'ab'), re.search(r'a{2,3}', 'caaaat').span())
text = 'The rain in Spain stays mainly in the plain'
print(re.findall(r'\b\w*ain\b', text), len(re.findall('ai', text)), re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
for bad in [lambda: re.compile('(abc'), lambda: m.group(5), lambda: m.group('nope'), lambda: re.sub('a', r'\9', 'a'), lambda: re.match(5, 'a'), lambda: re.search('a', 5)]:
    try:
        bad()
    except (re.error, IndexError, TypeError) as e:
        print(type(e).__name__)
print(isinstance(pat, re.Pattern), isinstance(m, re.Match), re.I == re.IGNORECASE, int(re.M), int(re.S))
