def parse(s):
    if not s.isdigit():
        raise ValueError(f'not a number: {s!r}')
    return int(s)

print(parse('42'))
print(parse('4x2'))
