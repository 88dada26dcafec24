// Source of the csv module (Python): reader/writer with the excel dialect's rules (quoting,
// doubled quotes, quoted newlines, \r\n line endings), DictReader and DictWriter.
export const csvSource = String.raw`
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

class Error(Exception):
    pass

class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False

class excel(Dialect):
    pass

class excel_tab(excel):
    delimiter = '\t'

class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL

_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}

def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect, fmtparams)

def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None

def list_dialects():
    return list(_dialects)

class _Params:
    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if dialect is None:
            dialect = excel
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
            setattr(self, name, fmtparams.get(name, getattr(dialect, name)))
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')

class _reader:
    def __init__(self, f, params):
        self._it = iter(f)
        self.dialect = params
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim, quote = d.delimiter, d.quotechar
        row = []
        field = []
        in_quotes = False
        quoted = False
        started = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if in_quotes:
                    raise Error('unexpected end of data') from None
                if started:
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            started = True
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                # An escape character takes the next one literally, inside quotes or not.
                if c == d.escapechar and i + 1 < n:
                    field.append(line[i + 1])
                    i += 2
                    continue
                if in_quotes:
                    if c == quote:
                        if d.doublequote and i + 1 < n and line[i + 1] == quote:
                            field.append(quote)
                            i += 2
                            continue
                        in_quotes = False
                        i += 1
                        continue
                    field.append(c)
                    i += 1
                    continue
                if c == delim:
                    row.append(self._finish(''.join(field), quoted))
                    field = []
                    quoted = False
                    i += 1
                    if d.skipinitialspace:
                        while i < n and line[i] == ' ':
                            i += 1
                    continue
                if c == quote and not field and d.quoting != QUOTE_NONE:
                    in_quotes = True
                    quoted = True
                    i += 1
                    continue
                if c == '\n' or c == '\r':
                    i += 1
                    continue
                field.append(c)
                i += 1
            if not in_quotes:
                break
        if not row and not field and not quoted:
            return []
        row.append(self._finish(''.join(field), quoted))
        return row

    def _finish(self, text, quoted):
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted:
            return float(text)
        return text

class _writer:
    def __init__(self, f, params):
        self._write = f.write
        self.dialect = params

    def _field(self, value):
        d = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_ALL:
            need = True
        elif d.quoting == QUOTE_NONNUMERIC:
            need = not isinstance(value, (int, float))
        elif d.quoting == QUOTE_NONE:
            need = False
        else:
            need = (d.delimiter in text or d.quotechar in text or '\n' in text or '\r' in text
                    or (text[:1] == ' ' and False))
        if d.quoting == QUOTE_NONE:
            if d.escapechar:
                for ch in (d.escapechar, d.delimiter, d.quotechar):
                    text = text.replace(ch, d.escapechar + ch)
            elif d.delimiter in text:
                raise Error('need to escape, but no escapechar set')
            return text
        if need:
            if d.doublequote:
                text = text.replace(d.quotechar, d.quotechar * 2)
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        if len(items) == 1 and (items[0] is None or items[0] == ''):
            if self.dialect.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            line = self.dialect.quotechar * 2
        else:
            line = self.dialect.delimiter.join(self._field(v) for v in items)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

def reader(csvfile, dialect='excel', **fmtparams):
    return _reader(csvfile, _Params(dialect, fmtparams))

def writer(csvfile, dialect='excel', **fmtparams):
    return _writer(csvfile, _Params(dialect, fmtparams))

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d

class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
`;
