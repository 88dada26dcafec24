# datetime: timedelta/date/time/datetime normalisation, str/repr, arithmetic, isoformat/fromisoformat, strftime (%f, week numbers), strptime, CPython's errors
import datetime
from datetime import date, timedelta, time
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ':', e)
d = datetime.datetime(2024, 2, 29, 13, 5, 7, 250)
print(d, repr(d), d.isoformat(), d.isoformat(' ', 'seconds'), d.isoformat(timespec='milliseconds'))
print(repr(datetime.datetime(2020, 1, 2)), repr(datetime.datetime(2020, 1, 2, 3, 4, 5)), datetime.datetime(2020, 1, 2))
print(d.strftime("%Y%m%d-%H%M%S"), d.strftime("%A %d %B %Y %I:%M %p %j %f %%"), d.strftime("%a %b %y %U"))
print(d.date(), repr(d.date()), d.time(), repr(d.time()), d.weekday(), d.isoweekday(), d.toordinal())
print(d + timedelta(days=1, hours=12), d - timedelta(weeks=10), d - datetime.datetime(2020, 1, 1))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, repr(-td), abs(-td), td * 2, td / 2, td // timedelta(hours=1), td / timedelta(minutes=1))
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), timedelta(milliseconds=1.5), repr(timedelta(hours=-30)))
print(timedelta(days=2), timedelta(minutes=90) > timedelta(hours=1), timedelta(1) == timedelta(hours=24), bool(timedelta(0)))
print(date(2024, 1, 31) + timedelta(days=1), date(2024, 3, 1) - date(2023, 3, 1), repr(date(2000, 1, 1)), date(2000, 1, 1).ctime())
print(d.ctime(), date.fromisoformat('2021-05-06'), datetime.datetime.fromisoformat('2021-05-06T07:08:09.5'), datetime.datetime.fromisoformat('2021-05-06'))
print(datetime.datetime.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), datetime.datetime.strptime('20210304', '%Y%m%d'))
print(d.replace(year=2025, day=28), d > datetime.datetime(2024, 1, 1), d == datetime.datetime(2024, 2, 29, 13, 5, 7, 250), date(2024, 2, 29) == d)
print(sorted([date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 5)]))
print(time(3, 4), repr(time(3, 4, 5)), repr(time(3, 4, 5, 6)), time(12), time(1, 2, 3, 4).isoformat())
print('{:%Y-%m-%d}'.format(date(2020, 5, 17)), f'{d:%H:%M}', datetime.MINYEAR, datetime.MAXYEAR)
t(lambda: date(2023, 2, 29))
t(lambda: date(2023, 13, 1))
t(lambda: datetime.datetime(2023, 1, 1, 24))
t(lambda: datetime.datetime(2023, 1, 1, 0, 60))
t(lambda: date(0, 1, 1))
t(lambda: date(2020.0, 1, 1))
t(lambda: timedelta(days=10**10))
t(lambda: datetime.datetime.strptime('2021-03', '%Y-%m-%d'))
t(lambda: date.fromisoformat('2021/01/01'))
now = datetime.datetime.now()
print(type(now).__name__, now.year >= 2024, isinstance(now, date), (datetime.datetime.now() - now).days, date.today() == now.date())
print(datetime.datetime.fromtimestamp(0).year in (1969, 1970), datetime.datetime.utcfromtimestamp(86400 * 365.25 + 0.5))
print(hash(td) == hash(timedelta(seconds=93784, microseconds=5)), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
for day in [date(2024, 1, 1), date(2023, 1, 1), date(2021, 12, 31), date(2020, 6, 15)]:
    print(day.strftime('%U %W %w %u %j'))
import datetime as dt
a, b = dt.time(1, 2), dt.time(1, 3)
print(a < b, a != b, a == dt.time(1, 2), hash(a) == hash(dt.time(1, 2)), dt.timedelta(1) != dt.timedelta(2), dt.date(2020, 1, 1) != dt.datetime(2020, 1, 1))
for f in (lambda: dt.datetime(2020, 1, 1) < dt.date(2020, 1, 2), lambda: dt.date(2020, 1, 1) >= dt.datetime(2020, 1, 2)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
print(max(dt.datetime(2020, 1, 1), dt.datetime(2021, 1, 1)), {dt.timedelta(1): 'x'}[dt.timedelta(hours=24)])
print(repr(datetime.datetime.fromordinal(738945)), repr(datetime.date.fromordinal(738945)))
