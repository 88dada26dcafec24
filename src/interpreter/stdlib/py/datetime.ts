// Source of the datetime module (Python): timedelta, date, time and naive datetime with CPython's
// normalisation, validation messages, str/repr, arithmetic and comparisons, isoformat/fromisoformat
// and strftime (time.strftime on the timetuple, with %f done here as CPython does). Time zones are
// left out: tzinfo must be None.
export const datetimeSource = String.raw`
import time as _time

MINYEAR = 1
MAXYEAR = 9999
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(name, value):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def _check_date_fields(year, month, day):
    year = _check_int('year', year)
    month = _check_int('month', month)
    day = _check_int('day', day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    for name, v in (('hour', hour), ('minute', minute), ('second', second), ('microsecond', microsecond)):
        _check_int(name, v)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None:
        raise NotImplementedError('tfts: datetime supports naive values only (tzinfo=None)')


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '%02d',
        'minutes': '%02d:%02d',
        'seconds': '%02d:%02d:%02d',
        'milliseconds': '%02d:%02d:%02d.%03d',
        'microseconds': '%02d:%02d:%02d.%06d',
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    return fmt % (hh, mm, ss, us)[:fmt.count('%')]


def _wrap_strftime(fmt, timetuple, microsecond):
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch == '%' and i < n:
            ch = fmt[i]
            i += 1
            if ch == 'f':
                out.append('%06d' % microsecond)
            elif ch in 'zZ':
                out.append('')
            else:
                out.append('%' + ch)
        else:
            out.append(ch)
    return _time.strftime(''.join(out), timetuple)


class _Ordered:
    """Comparisons and hashing by _key() against values _peer() accepts (the same kind)."""
    __slots__ = ()

    def _mismatch(self, other):
        return NotImplemented

    def __eq__(self, other):
        return self._key() == other._key() if self._peer(other) else self._mismatch(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def _order_mismatch(self, other):
        return NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if self._peer(other) else self._order_mismatch(other)

    def __le__(self, other):
        return self._key() <= other._key() if self._peer(other) else self._order_mismatch(other)

    def __gt__(self, other):
        return self._key() > other._key() if self._peer(other) else self._order_mismatch(other)

    def __ge__(self, other):
        return self._key() >= other._key() if self._peer(other) else self._order_mismatch(other)

    def __hash__(self):
        return hash(self._key())


class timedelta(_Ordered):
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds
        us = total * 1000000 + milliseconds * 1000 + microseconds
        if isinstance(us, float):
            us = round(us)
        d, rem = divmod(int(us), 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        if abs(d) >= 2 ** 31:
            raise OverflowError('Python int too large to convert to C int')
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return ((self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds) / 10 ** 6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = ('%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '')) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(0, 0, -self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(0, 0, self._to_us() * other)
        if isinstance(other, float):
            return timedelta(0, 0, round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta(0, 0, self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            return timedelta(0, 0, round(self._to_us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(0, 0, self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta(0, 0, r)
        return NotImplemented

    def _key(self):
        return self._to_us()

    def _peer(self, other):
        return isinstance(other, timedelta)

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date(_Ordered):
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError('Invalid isoformat string: %r' % s)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (
            'Mon Tue Wed Thu Fri Sat Sun'.split()[weekday - 1],
            'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()[self._month - 1], self._day, self._year)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self.timetuple(), 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month, self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _peer(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def _mismatch(self, other):
        # A date never equals a datetime (CPython compares them unequal, and refuses to order them).
        return False if isinstance(other, date) else NotImplemented

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _ymd2ord(9999, 12, 31):
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


class _TimeOfDay:
    """The time-of-day fields time and datetime share (both naive: tzinfo is None)."""
    __slots__ = ()
    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)


class time(_TimeOfDay, _Ordered):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_tzinfo(tzinfo)
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        return self


    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        return 'datetime.time(%d, %d%s)' % (self._hour, self._minute, s)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    __str__ = isoformat

    def strftime(self, fmt):
        return _wrap_strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1), self._microsecond)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _peer(self, other):
        return isinstance(other, time)


class datetime(date, _TimeOfDay):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_tzinfo(tzinfo)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        return self


    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        frac, t = _frac(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        y, m, d, hh, mm, ss = _time.localtime(t)[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), us)

    @classmethod
    def utcfromtimestamp(cls, t):
        frac, t = _frac(t)
        us = round(frac * 1e6)
        y, m, d, hh, mm, ss = _time.gmtime(t)[:6]
        return cls(y, m, d, hh, mm, min(ss, 59), us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=None):
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            d = date.fromisoformat(s[:10])
            rest = s[11:]
            if len(s) == 10:
                return cls(d.year, d.month, d.day)
            parts = rest.split(':')
            hh = int(parts[0])
            mm = int(parts[1]) if len(parts) > 1 else 0
            sec = parts[2] if len(parts) > 2 else '0'
            us = 0
            if '.' in sec:
                sec, frac = sec.split('.')
                us = int((frac + '000000')[:6])
            return cls(d.year, d.month, d.day, hh, mm, int(sec), us)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % s)

    @classmethod
    def strptime(cls, date_string, fmt):
        return _strptime(cls, date_string, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, -1))

    def timestamp(self):
        return _time.mktime(self.timetuple()) + self._microsecond / 1e6

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        return 'datetime.datetime(%s)' % ', '.join(map(str, fields))

    def isoformat(self, sep='T', timespec='auto'):
        return '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            'Mon Tue Wed Thu Fri Sat Sun'.split()[weekday - 1],
            'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()[self._month - 1],
            self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self.timetuple(), self._microsecond)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=None):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day), pick(hour, self._hour),
                          pick(minute, self._minute), pick(second, self._second), pick(microsecond, self._microsecond))

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _peer(self, other):
        return isinstance(other, datetime)

    def _order_mismatch(self, other):
        if isinstance(other, date):
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return NotImplemented

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond)

    @classmethod
    def _from_us(cls, us):
        days, rem = divmod(us, 86400 * 1000000)
        secs, micro = divmod(rem, 1000000)
        if not 0 < days <= _ymd2ord(9999, 12, 31):
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        return cls(y, m, d, secs // 3600, secs // 60 % 60, secs % 60, micro)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._to_us() - other._to_us())
        if isinstance(other, datetime):
            return timedelta(0, 0, self._to_us() - other._to_us())
        return NotImplemented


def _frac(t):
    whole = int(t // 1) if isinstance(t, float) else int(t)
    return t - whole, whole


_STRPTIME_FIELDS = {'Y': (4, 'year'), 'm': (2, 'month'), 'd': (2, 'day'), 'H': (2, 'hour'), 'M': (2, 'minute'),
                    'S': (2, 'second'), 'f': (6, 'microsecond'), 'y': (2, 'year2'), 'j': (3, 'yday')}


def _strptime(cls, s, fmt):
    values = {'year': 1900, 'month': 1, 'day': 1, 'hour': 0, 'minute': 0, 'second': 0, 'microsecond': 0}
    i = j = 0
    bad = ValueError('time data %r does not match format %r' % (s, fmt))
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            i += 2
            if d == '%':
                if j >= len(s) or s[j] != '%':
                    raise bad
                j += 1
                continue
            if d not in _STRPTIME_FIELDS:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            width, name = _STRPTIME_FIELDS[d]
            k = j
            while k < len(s) and k - j < width and s[k].isdigit():
                k += 1
            if k == j:
                raise bad
            v = int(s[j:k])
            if name == 'microsecond':
                v = int((s[j:k] + '000000')[:6])
            if name == 'year2':
                name, v = 'year', v + (2000 if v < 69 else 1900)
            values[name] = v
            j = k
        else:
            if j >= len(s) or s[j] != ch:
                raise bad
            i += 1
            j += 1
    if j != len(s):
        raise ValueError('unconverted data remains: %s' % s[j:])
    return cls(values['year'], values['month'], values['day'], values['hour'], values['minute'], values['second'], values['microsecond'])
`;
