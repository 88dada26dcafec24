// Source of the string module (Python): the character-class constants, capwords, and Template
// with $name / $` + `{name} / $$ substitution (safe_substitute leaves unknown placeholders alone).
export const stringSource = String.raw`
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_' + chr(96) + '{|}~'
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

_LBRACE = chr(123)

def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')

def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')

class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            braced = i + 1 < n and t[i + 1] == _LBRACE
            j = i + 2 if braced else i + 1
            k = j
            if k < n and _is_id_start(t[k]):
                k += 1
                while k < n and _is_id_char(t[k]):
                    k += 1
            name = t[j:k]
            if not name or (braced and (k >= n or t[k] != '}')):
                if safe:
                    out.append('$')
                    i += 1
                    continue
                self._invalid(i + 1)
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._render(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        t = self.template
        i = 0
        while i < len(t):
            if t[i] == '$':
                if t[i + 1:i + 2] == '$':
                    i += 2
                    continue
                j = i + 2 if t[i + 1:i + 2] == _LBRACE else i + 1
                k = j
                while k < len(t) and _is_id_char(t[k]):
                    k += 1
                name = t[j:k]
                if name and _is_id_start(name[0]) and name not in ids:
                    ids.append(name)
                i = k
            else:
                i += 1
        return ids

def _merge(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping
`;
