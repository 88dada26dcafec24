// time.struct_time, localtime/gmtime/mktime and strftime with the C library's common directives
// (C locale names), for the time module.
import type { PyValue } from '../objects/core.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyFloat, PyTuple } from '../objects/values.js';
import { asIndex, asNumber } from '../ops/convert.js';
import { iterToArray } from '../ops/iter.js';
import { structSeqType } from './struct-seq.js';

export const structTime = structSeqType('time.struct_time', ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst']);

// time.struct_time(sequence): the nine fields from any sequence of nine (datetime builds its
// timetuple this way), with CPython's length error.
structTime([]).cls.construct = (_cls, args) => {
  const items = args.length === 1 ? iterToArray(args[0]) : [];
  if (items.length !== 9) throw typeError(`time.struct_time() takes a 9-sequence (${items.length}-sequence given)`);
  return structTime(items);
};

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** secs → struct_time, in local time or UTC. */
export function toStructTime(args: PyValue[], utc: boolean): PyValue {
  const secs = args.length && args[0] !== null ? asNumber(args[0]) : Date.now() / 1000;
  const d = new Date(Math.floor(secs) * 1000);
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const day = utc ? d.getUTCDate() : d.getDate();
  const wday = ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7;
  const jan = new Date(y, 0, 1).getTimezoneOffset();
  const jul = new Date(y, 6, 1).getTimezoneOffset();
  const isdst = utc ? 0 : jan !== jul && d.getTimezoneOffset() === Math.min(jan, jul) ? 1 : 0;
  return structTime([
    y, mon, day, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(), utc ? d.getUTCSeconds() : d.getSeconds(),
    wday, dayOfYear(y, mon, day), isdst,
  ]);
}

function fields(t: PyValue): number[] {
  const items = t instanceof PyTuple ? (t.items as PyValue[]) : iterToArray(t);
  if (items.length !== 9) throw typeError(`time tuple must have exactly 9 elements`);
  return items.map((v) => asIndex(v));
}

export function mktime(t: PyValue): PyValue {
  const [y, mon, d, h, mi, s] = fields(t);
  return new PyFloat(new Date(y, mon - 1, d, h, mi, s).getTime() / 1000);
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

export function strftime(format: string, t: PyValue | null): string {
  const [y, mon, d, h, mi, s, wday, yday] = t === null ? fields(toStructTime([], false)) : fields(t);
  if (mon < 1 || mon > 12) throw valueError('month out of range');
  return format.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case 'Y': return String(y);
      case 'y': return pad(((y % 100) + 100) % 100);
      case 'm': return pad(mon);
      case 'd': return pad(d);
      case 'e': return pad(d, 2, ' ');
      case 'H': return pad(h);
      case 'I': return pad(h % 12 === 0 ? 12 : h % 12);
      case 'M': return pad(mi);
      case 'S': return pad(s);
      case 'p': return h < 12 ? 'AM' : 'PM';
      case 'j': return pad(yday, 3);
      case 'a': return DAYS[wday].slice(0, 3);
      case 'A': return DAYS[wday];
      case 'b': case 'h': return MONTHS[mon - 1].slice(0, 3);
      case 'B': return MONTHS[mon - 1];
      case 'w': return String((wday + 1) % 7);
      case 'u': return String(wday + 1);
      // Week numbers as C computes them: weeks starting Sunday (%U) or Monday (%W), 0 before the first.
      case 'U': return pad(Math.floor((yday - 1 + 7 - ((wday + 1) % 7)) / 7));
      case 'W': return pad(Math.floor((yday - 1 + 7 - wday) / 7));
      case 'D': return `${pad(mon)}/${pad(d)}/${pad(((y % 100) + 100) % 100)}`;
      case 'F': return `${y}-${pad(mon)}-${pad(d)}`;
      case 'T': return `${pad(h)}:${pad(mi)}:${pad(s)}`;
      case 'R': return `${pad(h)}:${pad(mi)}`;
      case 'c': return `${DAYS[wday].slice(0, 3)} ${MONTHS[mon - 1].slice(0, 3)} ${pad(d, 2, ' ')} ${pad(h)}:${pad(mi)}:${pad(s)} ${y}`;
      case 'x': return `${pad(mon)}/${pad(d)}/${pad(((y % 100) + 100) % 100)}`;
      case 'X': return `${pad(h)}:${pad(mi)}:${pad(s)}`;
      case '%': return '%';
      default: return all;
    }
  });
}

/** asctime/ctime's fixed format. */
export const asctime = (t: PyValue): string => strftime('%a %b %e %H:%M:%S %Y', t);
