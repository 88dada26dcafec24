// The math module. Results come from JS Math, which matches glibc for the basic operations;
// V8's transcendental functions can differ from glibc in the last digit (a later issue moves
// them to the C library through the native addon).
import type { PyValue } from '../objects/core.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyFloat } from '../objects/values.js';
import { asNumber } from '../ops/convert.js';
import { asInt } from '../ops/arith.js';
import { normBig } from '../ops/int-math.js';
import { typeOf } from '../ops/typeof.js';
import { checkArity } from '../builtins/define.js';
import { makeModule, Fn } from './module-helpers.js';
import { registerBuiltinModule } from '../modules/loader.js';

const domainError = () => valueError('math domain error');

function unary(name: string, f: (x: number) => number, domain?: (x: number) => boolean): Fn {
  return (args) => {
    checkArity(name, args, 1, 1);
    const x = asNumber(args[0], 'must be real number');
    if (domain && !domain(x)) throw domainError();
    return new PyFloat(f(x));
  };
}

function toIntResult(name: string, f: (x: number) => number): Fn {
  return (args) => {
    checkArity(name, args, 1, 1);
    const i = asInt(args[0]);
    if (i !== undefined) return i;
    const x = asNumber(args[0]);
    if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw typeError('cannot convert float infinity to integer');
    const r = f(x);
    return Number.isSafeInteger(r) ? r : normBig(BigInt(r));
  };
}

function factorial(args: PyValue[]): PyValue {
  checkArity('factorial', args, 1, 1);
  const n = asInt(args[0]);
  if (n === undefined) throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw valueError('factorial() not defined for negative values');
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return normBig(r);
}

function gcd(args: PyValue[]): PyValue {
  let g = 0n;
  for (const a of args) {
    let x = BigInt(asInt(a) ?? 0);
    if (x < 0n) x = -x;
    let y = g;
    while (y) [x, y] = [y, x % y];
    g = x;
  }
  return normBig(g);
}

export function createMathModule() {
  return makeModule(
    'math',
    {
      sqrt: unary('sqrt', Math.sqrt, (x) => x >= 0 || Number.isNaN(x)),
      exp: unary('exp', Math.exp),
      log: (args) => {
        checkArity('log', args, 1, 2);
        const x = asNumber(args[0]);
        if (x <= 0) throw domainError();
        const r = Math.log(x);
        if (args.length === 2) return new PyFloat(r / Math.log(asNumber(args[1])));
        return new PyFloat(r);
      },
      log2: unary('log2', Math.log2, (x) => x > 0),
      log10: unary('log10', Math.log10, (x) => x > 0),
      log1p: unary('log1p', Math.log1p, (x) => x > -1),
      expm1: unary('expm1', Math.expm1),
      sin: unary('sin', Math.sin),
      cos: unary('cos', Math.cos),
      tan: unary('tan', Math.tan),
      asin: unary('asin', Math.asin, (x) => x >= -1 && x <= 1),
      acos: unary('acos', Math.acos, (x) => x >= -1 && x <= 1),
      atan: unary('atan', Math.atan),
      sinh: unary('sinh', Math.sinh),
      cosh: unary('cosh', Math.cosh),
      tanh: unary('tanh', Math.tanh),
      fabs: unary('fabs', Math.abs),
      floor: toIntResult('floor', Math.floor),
      ceil: toIntResult('ceil', Math.ceil),
      trunc: toIntResult('trunc', Math.trunc),
      atan2: (args) => {
        checkArity('atan2', args, 2, 2);
        return new PyFloat(Math.atan2(asNumber(args[0]), asNumber(args[1])));
      },
      pow: (args) => {
        checkArity('pow', args, 2, 2);
        return new PyFloat(Math.pow(asNumber(args[0]), asNumber(args[1])));
      },
      hypot: (args) => new PyFloat(Math.hypot(...args.map((a) => asNumber(a)))),
      isnan: (args) => Number.isNaN(asNumber(args[0])),
      isinf: (args) => {
        const x = asNumber(args[0]);
        return !Number.isFinite(x) && !Number.isNaN(x);
      },
      isfinite: (args) => Number.isFinite(asNumber(args[0])),
      isclose: (args, kwargs) => {
        const a = asNumber(args[0]);
        const b = asNumber(args[1]);
        const rel = kwargs?.get('rel_tol') !== undefined ? asNumber(kwargs.get('rel_tol')!) : 1e-9;
        const abs = kwargs?.get('abs_tol') !== undefined ? asNumber(kwargs.get('abs_tol')!) : 0;
        if (a === b) return true;
        return Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs);
      },
      degrees: unary('degrees', (x) => (x * 180) / Math.PI),
      radians: unary('radians', (x) => (x * Math.PI) / 180),
      factorial,
      gcd,
      copysign: (args) => {
        const x = Math.abs(asNumber(args[0]));
        const y = asNumber(args[1]);
        return new PyFloat(y < 0 || Object.is(y, -0) ? -x : x);
      },
      fsum: (args) => {
        // Neumaier summation: exact enough for the sums tutorials take.
        let sum = 0;
        let c = 0;
        for (const v of (args[0] as { items?: PyValue[] }).items ?? []) {
          const x = asNumber(v);
          const t = sum + x;
          c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
          sum = t;
        }
        return new PyFloat(sum + c);
      },
    },
    {
      pi: new PyFloat(Math.PI),
      e: new PyFloat(Math.E),
      tau: new PyFloat(2 * Math.PI),
      inf: new PyFloat(Infinity),
      nan: new PyFloat(NaN),
    },
  );
}

registerBuiltinModule('math', createMathModule);
