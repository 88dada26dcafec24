// The time module: wall clock, monotonic and performance counters, sleep.
import { PyFloat } from '../objects/values.js';
import { asNumber } from '../ops/convert.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
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
  }),
);
