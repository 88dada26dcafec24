// np.logspace and np.geomspace as numpy computes them: base ** linspace(start, stop) through the
// C library's pow (float64), and geomspace as the logspace between the endpoints' log10s with the
// endpoints themselves put back exactly (a negative sequence runs on the magnitudes).
import { PyValue } from '../../interpreter/objects/core.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { PyFloat } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { dtypeArg, np, NpDType } from './dtype.js';
import { NdArray, makeArray, pyNumber } from './ndarray.js';
import { applyBinary, power } from './ufuncs.js';
import { linspace } from './creation.js';

type Fn = (args: PyValue[], kwargs: Kwargs) => PyValue;
const num = (v: PyValue) => pyNumber(v instanceof NdArray ? makeArray(v.dtype, [], v.data).data[0] : v);

function powers(base: number, start: number, stop: number, n: number, endpoint: boolean): NdArray {
  const [y] = linspace(start, stop, n, endpoint, null);
  const b = { arr: makeArray(np.float64, [], [base]), weak: 'float' as const, py: new PyFloat(base) };
  return applyBinary(power, b, { arr: y, weak: null, py: y });
}

const cast = (a: NdArray, t: NpDType | null) => (t === null || t === a.dtype ? a : makeArray(t, a.shape.slice(), t.isInt ? Array.from(a.data, Math.trunc) : a.data));

const logspaceParams = pyParams('logspace', ['start', 'stop', 'num', 'endpoint', 'base', 'dtype', 'axis'], { num: 50, endpoint: true, base: new PyFloat(10), dtype: null, axis: 0 });
const geomspaceParams = pyParams('geomspace', ['start', 'stop', 'num', 'endpoint', 'dtype', 'axis'], { num: 50, endpoint: true, dtype: null, axis: 0 });

export const spaceFunctions: Record<string, Fn> = {
  logspace: (args, kwargs) => {
    const p = logspaceParams(args, kwargs);
    const r = powers(num(p.base), num(p.start), num(p.stop), asIndex(p.num), isTruthy(p.endpoint));
    return cast(r, dtypeArg(p.dtype));
  },
  geomspace: (args, kwargs) => {
    const p = geomspaceParams(args, kwargs);
    let start = num(p.start);
    let stop = num(p.stop);
    if (start === 0 || stop === 0) throw valueError('Geometric sequence cannot include zero');
    const sign = Math.sign(start);
    start /= sign;
    stop /= sign;
    const n = asIndex(p.num);
    const endpoint = isTruthy(p.endpoint);
    const r = powers(10, Math.log10(start), Math.log10(stop), n, endpoint);
    if (n > 0) r.data[0] = start;
    if (n > 1 && endpoint) r.data[n - 1] = stop;
    for (let i = 0; i < n; i++) r.data[i] *= sign;
    return cast(r, dtypeArg(p.dtype));
  },
};
