// The time module: wall clock, monotonic and performance counters, sleep.
import { PyFloat } from '../objects/values.js';
import { asNumber } from '../ops/convert.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { asctime, mktime, strftime, structTime, toStructTime } from './time-format.js';
import { typeError } from '../objects/exceptions.js';
import { typeOf } from '../ops/typeof.js';

const structTimeType = () => structTime([0, 0, 0, 0, 0, 0, 0, 0, 0]).cls;
import { sleepInterruptibly } from '../interrupt.js';

const nowSeconds = () => Number(process.hrtime.bigint()) / 1e9;

export function sleepSeconds(s: number): void {
  if (s <= 0) return;
  // Blocks the thread as time.sleep does (Atomics.wait), but Ctrl-C ends it with KeyboardInterrupt.
  sleepInterruptibly(s * 1000);
}

registerBuiltinModule('time', () =>
  makeModule('time', {
    time: () => new PyFloat(Date.now() / 1000),
    time_ns: () => BigInt(Date.now()) * 1000000n,
    perf_counter: () => new PyFloat(nowSeconds()),
    perf_counter_ns: () => process.hrtime.bigint(),
    monotonic: () => new PyFloat(nowSeconds()),
    process_time: () => new PyFloat(process.cpuUsage().user / 1e6),
    sleep: (args) => {
      sleepSeconds(asNumber(args[0]));
      return null;
    },
    localtime: (args) => toStructTime(args, false),
    gmtime: (args) => toStructTime(args, true),
    mktime: (args) => mktime(args[0]),
    strftime: (args) => {
      if (typeof args[0] !== 'string') throw typeError(`strftime() argument 1 must be str, not ${typeOf(args[0]).name}`);
      return strftime(args[0], args.length > 1 ? args[1] : null);
    },
    asctime: (args) => asctime(args.length ? args[0] : toStructTime([], false)),
    ctime: (args) => asctime(toStructTime(args, false)),
  }, { struct_time: structTimeType() }),
);
