// The random module: CPython's Random class over MT19937 (random-mt.ts), with its methods written
// to consume the generator exactly as Lib/random.py does, so that after random.seed(n) every
// value (randint, shuffle, gauss, ...) equals CPython's. Distributions call glibc's log/exp/cos
// through libm.ts, as CPython's math module does.
import { createHash, randomBytes } from 'node:crypto';
import { PyObject, PyType, PyValue, objectType } from '../objects/core.js';
import { indexError, pyExc, typeError, valueError, zeroDivisionError } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import { PyFloat, PyList, PyRange, PyTuple } from '../objects/values.js';
import { asInt, binaryOp, floorDivMod } from '../ops/arith.js';
import { asNumber } from '../ops/convert.js';
import { normBig } from '../ops/int-math.js';
import { getItem, len, setItem } from '../ops/items.js';
import { iterToArray } from '../ops/iter.js';
import { hashFloat } from '../ops/hash.js';
import { typeOf } from '../ops/typeof.js';
import { Kwargs } from '../ops/call.js';
import { pyParams } from '../builtins/define.js';
import { PyBuiltinFunction } from '../objects/function.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { MersenneTwister, wordsOf } from './random-mt.js';
import { LibmCode, libm, cExp as exp, cLog as log, cPow as pow } from './libm.js';

const fl = (x: number) => new PyFloat(x);
const TWOPI = 2 * Math.PI;
const NV_MAGICCONST = (4 * exp(-0.5)) / Math.sqrt(2.0);
const LOG4 = log(4.0);
const SG_MAGICCONST = 1.0 + log(4.5);

export const randomType = new PyType('Random', [objectType], 'random');

class PyRandom implements PyObject {
  readonly mt = new MersenneTwister();
  gaussNext: number | null = null;
  constructor(readonly cls: PyType) {}

  seed(a: PyValue): void {
    let n: bigint;
    if (a === null) {
      const bytes = randomBytes(624 * 4);
      this.mt.seedByArray(new Uint32Array(bytes.buffer, bytes.byteOffset, 624));
      this.gaussNext = null;
      return;
    }
    const i = asInt(a);
    if (i !== undefined) n = BigInt(i);
    else if (typeof a === 'string' || a instanceof PyBytes) {
      const data = typeof a === 'string' ? Buffer.from(a, 'utf8') : Buffer.from(a.data);
      const digest = createHash('sha512').update(data).digest();
      n = BigInt('0x' + Buffer.concat([data, digest]).toString('hex'));
    } else if (a instanceof PyFloat) n = BigInt(hashFloat(a.v));
    else throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    this.mt.seedByArray(wordsOf(n < 0n ? -n : n));
    this.gaussNext = null;
  }

  random(): number {
    return this.mt.random();
  }

  /** A uniform int in [0, n), n > 0: getrandbits(n.bit_length()) until it falls below n. */
  randbelow(n: number | bigint): number | bigint {
    if (typeof n === 'number') {
      const k = bitLength(n);
      let r = this.mt.getrandbits(k) as number;
      while (r >= n) r = this.mt.getrandbits(k) as number;
      return r;
    }
    const k = n.toString(2).length;
    let r = BigInt(this.mt.getrandbits(k));
    while (r >= n) r = BigInt(this.mt.getrandbits(k));
    return normBig(r);
  }
}

function bitLength(n: number): number {
  return n === 0 ? 0 : n < 4294967296 ? 32 - Math.clz32(n) : n.toString(2).length;
}

/** randrange's argument: an int (or an integral float, which 3.11 still accepts). */
function rangeArg(v: PyValue, which: number): number | bigint {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) {
    if (Number.isInteger(v.v)) return normBig(BigInt(v.v));
    throw valueError(`non-integer arg ${which} for randrange()`);
  }
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

const add = (a: number | bigint, b: number | bigint): number | bigint =>
  typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b) ? a + b : normBig(BigInt(a) + BigInt(b));
const sub = (a: number | bigint, b: number | bigint): number | bigint =>
  typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a - b) ? a - b : normBig(BigInt(a) - BigInt(b));

function randrange(r: PyRandom, start: PyValue, stop: PyValue, step: PyValue): PyValue {
  const istart = rangeArg(start, 1);
  if (stop === null) {
    if (step !== 1) throw typeError('Missing a non-None stop argument');
    if (istart > 0) return r.randbelow(istart);
    throw valueError('empty range for randrange()');
  }
  const istop = rangeArg(stop, 2);
  const width = sub(istop, istart);
  const istep = rangeArg(step, 3);
  if (istep === 1 || istep === 1n) {
    if (width > 0) return add(istart, r.randbelow(width));
    throw valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  const w = BigInt(width);
  const s = BigInt(istep);
  let n: bigint;
  if (s > 0n) n = floorDiv(w + s - 1n, s);
  else if (s < 0n) n = floorDiv(w + s + 1n, s);
  else throw valueError('zero step for randrange()');
  if (n <= 0n) throw valueError('empty range for randrange()');
  return normBig(BigInt(istart) + s * BigInt(r.randbelow(normBig(n))));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function gammavariate(r: PyRandom, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw valueError('gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = r.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - r.random();
      const v = log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * exp(v);
      const z = u1 * u1 * u2;
      const rr = bbb + ccc * v - x;
      if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -log(1.0 - r.random()) * beta;
  let x: number;
  for (;;) {
    const u = r.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
    const u1 = r.random();
    if (p > 1.0) {
      if (u1 <= pow(x, alpha - 1.0)) break;
    } else if (u1 <= exp(-x)) break;
  }
  return x * beta;
}

function normalvariate(r: PyRandom, mu: number, sigma: number): number {
  let z: number;
  for (;;) {
    const u1 = r.random();
    const u2 = 1.0 - r.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -log(u2)) break;
  }
  return mu + z * sigma;
}

function isSequence(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyBytes ||
    (v !== null && typeof v === 'object' && typeOf(v).lookup('__getitem__') !== undefined && typeOf(v).lookup('__len__') !== undefined &&
      typeOf(v).lookup('keys') === undefined);
}

function sample(r: PyRandom, population: PyValue, k: number): PyValue {
  if (!isSequence(population)) throw typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  const n = len(population);
  if (!(0 <= k && k <= n)) throw valueError('Sample larger than population or is negative');
  const result: PyValue[] = new Array(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(log(k * 3) / log(4));
  if (n <= setsize) {
    const pool = iterToArray(population);
    for (let i = 0; i < k; i++) {
      const j = r.randbelow(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = r.randbelow(n) as number;
      while (selected.has(j)) j = r.randbelow(n) as number;
      selected.add(j);
      result[i] = getItem(population, j);
    }
  }
  return new PyList(result);
}

function choices(r: PyRandom, population: PyValue, weights: PyValue, cumWeights: PyValue, k: number): PyValue {
  const n = len(population);
  const out: PyValue[] = [];
  let cum: PyValue[];
  if (cumWeights === null) {
    if (weights === null) {
      for (let i = 0; i < k; i++) out.push(getItem(population, Math.floor(r.random() * n)));
      return new PyList(out);
    }
    if (asInt(weights) !== undefined) {
      throw typeError(`The number of choices must be a keyword argument: k=${weights}`);
    }
    cum = [];
    let acc: PyValue | undefined;
    for (const w of iterToArray(weights)) cum.push((acc = acc === undefined ? w : binaryOp('Add', acc, w)));
  } else {
    if (weights !== null) throw typeError('Cannot specify both weights and cumulative weights');
    cum = iterToArray(cumWeights);
  }
  if (cum.length !== n) throw valueError('The number of weights does not match the population');
  const cumNums = cum.map((c) => asNumber(c));
  const total = cumNums[n - 1] + 0.0;
  if (total <= 0.0) throw valueError('Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw valueError('Total of weights must be finite');
  const hi = n - 1;
  for (let i = 0; i < k; i++) {
    const x = r.random() * total;
    // bisect_right over cum_weights[0:hi]
    let lo = 0;
    let h = hi;
    while (lo < h) {
      const mid = (lo + h) >> 1;
      if (x < cumNums[mid]) h = mid;
      else lo = mid + 1;
    }
    out.push(getItem(population, lo));
  }
  return new PyList(out);
}

function shuffle(r: PyRandom, x: PyValue): void {
  if (x instanceof PyList) {
    const items = x.items;
    for (let i = items.length - 1; i > 0; i--) {
      const j = r.randbelow(i + 1) as number;
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return;
  }
  for (let i = len(x) - 1; i > 0; i--) {
    const j = r.randbelow(i + 1) as number;
    const a = getItem(x, i);
    const b = getItem(x, j);
    setItem(x, i, b);
    setItem(x, j, a);
  }
}

function getstate(r: PyRandom): PyValue {
  const words: PyValue[] = Array.from(r.mt.mt);
  words.push(r.mt.index);
  return new PyTuple([3, new PyTuple(words), r.gaussNext === null ? null : fl(r.gaussNext)]);
}

function setstate(r: PyRandom, state: PyValue): void {
  if (!(state instanceof PyTuple) || state.items.length !== 3) throw typeError('state vector must be a tuple');
  const version = state.items[0];
  if (version !== 3) {
    throw valueError(`state with version ${typeof version === 'number' ? version : String(version)} passed to Random.setstate() of version 3`);
  }
  const inner = state.items[1];
  if (!(inner instanceof PyTuple) || inner.items.length !== 625) throw valueError('state vector is the wrong size');
  for (let i = 0; i < 624; i++) r.mt.mt[i] = Number(asInt(inner.items[i]) ?? 0);
  const index = Number(asInt(inner.items[624]) ?? 0);
  if (index < 0 || index > 624) throw valueError('invalid state');
  r.mt.index = index;
  const g = state.items[2];
  r.gaussNext = g === null ? null : asNumber(g);
}

type Method = (r: PyRandom, args: PyValue[], kwargs: Kwargs) => PyValue;
const num = (v: PyValue) => asNumber(v);

const P = {
  seed: pyParams('seed', ['a', 'version'], { a: null, version: 2 }),
  randrange: pyParams('randrange', ['start', 'stop', 'step'], { stop: null, step: 1 }),
  randint: pyParams('randint', ['a', 'b']),
  uniform: pyParams('uniform', ['a', 'b']),
  triangular: pyParams('triangular', ['low', 'high', 'mode'], { low: fl(0), high: fl(1), mode: null }),
  gauss: pyParams('gauss', ['mu', 'sigma'], { mu: fl(0), sigma: fl(1) }),
  normalvariate: pyParams('normalvariate', ['mu', 'sigma'], { mu: fl(0), sigma: fl(1) }),
  lognormvariate: pyParams('lognormvariate', ['mu', 'sigma']),
  expovariate: pyParams('expovariate', ['lambd']),
  vonmisesvariate: pyParams('vonmisesvariate', ['mu', 'kappa']),
  gammavariate: pyParams('gammavariate', ['alpha', 'beta']),
  betavariate: pyParams('betavariate', ['alpha', 'beta']),
  paretovariate: pyParams('paretovariate', ['alpha']),
  weibullvariate: pyParams('weibullvariate', ['alpha', 'beta']),
  choice: pyParams('choice', ['seq']),
  shuffle: pyParams('shuffle', ['x']),
  sample: pyParams('sample', ['population', 'k'], { counts: null }, ['counts']),
  choices: pyParams('choices', ['population', 'weights'], { weights: null, cum_weights: null, k: 1 }, ['cum_weights', 'k']),
  getrandbits: pyParams('getrandbits', ['k']),
  setstate: pyParams('setstate', ['state']),
};

const methods: Record<string, Method> = {
  seed: (r, a, kw) => {
    r.seed(P.seed(a, kw).a);
    return null;
  },
  random: (r) => fl(r.random()),
  getrandbits: (r, a, kw) => {
    const k = asInt(P.getrandbits(a, kw).k);
    if (k === undefined) throw typeError(`'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
    if (k < 0) throw valueError('number of bits must be non-negative');
    const v = r.mt.getrandbits(Number(k));
    return typeof v === 'bigint' ? normBig(v) : v;
  },
  randrange: (r, a, kw) => {
    const p = P.randrange(a, kw);
    return randrange(r, p.start, p.stop, p.step);
  },
  randint: (r, a, kw) => {
    const p = P.randint(a, kw);
    const b = asInt(p.b);
    return randrange(r, p.a, b === undefined ? binaryOp('Add', p.b, 1) : add(b, 1), 1);
  },
  choice: (r, a, kw) => {
    const seq = P.choice(a, kw).seq;
    const n = len(seq);
    if (!n) throw indexError('Cannot choose from an empty sequence');
    return getItem(seq, r.randbelow(n));
  },
  shuffle: (r, a, kw) => {
    shuffle(r, P.shuffle(a, kw).x);
    return null;
  },
  sample: (r, a, kw) => {
    const p = P.sample(a, kw);
    if (p.counts !== null) throw pyExc('NotImplementedError', 'sample(counts=) is not supported');
    const k = asInt(p.k);
    if (k === undefined) throw typeError(`'${typeOf(p.k).name}' object cannot be interpreted as an integer`);
    return sample(r, p.population, Number(k));
  },
  choices: (r, a, kw) => {
    const p = P.choices(a, kw);
    const k = asInt(p.k);
    if (k === undefined) throw typeError(`'${typeOf(p.k).name}' object cannot be interpreted as an integer`);
    return choices(r, p.population, p.weights, p.cum_weights, Number(k));
  },
  uniform: (r, a, kw) => {
    const p = P.uniform(a, kw);
    const lo = num(p.a);
    return fl(lo + (num(p.b) - lo) * r.random());
  },
  triangular: (r, a, kw) => {
    const p = P.triangular(a, kw);
    let u = r.random();
    let low = num(p.low);
    let high = num(p.high);
    if (high - low === 0 && p.mode !== null) return p.low;
    let c = p.mode === null ? 0.5 : (num(p.mode) - low) / (high - low);
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return fl(low + (high - low) * Math.sqrt(u * c));
  },
  gauss: (r, a, kw) => {
    const p = P.gauss(a, kw);
    let z = r.gaussNext;
    r.gaussNext = null;
    if (z === null) {
      const x2pi = r.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * log(1.0 - r.random()));
      z = libm(LibmCode.Cos, x2pi) * g2rad;
      r.gaussNext = libm(LibmCode.Sin, x2pi) * g2rad;
    }
    return fl(num(p.mu) + z * num(p.sigma));
  },
  normalvariate: (r, a, kw) => {
    const p = P.normalvariate(a, kw);
    return fl(normalvariate(r, num(p.mu), num(p.sigma)));
  },
  lognormvariate: (r, a, kw) => {
    const p = P.lognormvariate(a, kw);
    return fl(exp(normalvariate(r, num(p.mu), num(p.sigma))));
  },
  expovariate: (r, a, kw) => {
    const lambd = num(P.expovariate(a, kw).lambd);
    const v = -log(1.0 - r.random());
    if (lambd === 0) throw zeroDivisionError('float division by zero');
    return fl(v / lambd);
  },
  vonmisesvariate: (r, a, kw) => {
    const p = P.vonmisesvariate(a, kw);
    const mu = num(p.mu);
    const kappa = num(p.kappa);
    if (kappa <= 1e-6) return fl(TWOPI * r.random());
    const s = 0.5 / kappa;
    const rr = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = r.random();
      z = libm(LibmCode.Cos, Math.PI * u1);
      const d = z / (rr + z);
      const u2 = r.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    const q = 1.0 / rr;
    const f = (q + z) / (1.0 + q * z);
    const u3 = r.random();
    const acos = libm(LibmCode.Acos, f);
    return fl(floorDivMod(u3 > 0.5 ? mu + acos : mu - acos, TWOPI)[1]);
  },
  gammavariate: (r, a, kw) => {
    const p = P.gammavariate(a, kw);
    return fl(gammavariate(r, num(p.alpha), num(p.beta)));
  },
  betavariate: (r, a, kw) => {
    const p = P.betavariate(a, kw);
    const y = gammavariate(r, num(p.alpha), 1.0);
    if (y) return fl(y / (y + gammavariate(r, num(p.beta), 1.0)));
    return fl(0.0);
  },
  paretovariate: (r, a, kw) => {
    const u = 1.0 - r.random();
    return fl(pow(u, -1.0 / num(P.paretovariate(a, kw).alpha)));
  },
  weibullvariate: (r, a, kw) => {
    const p = P.weibullvariate(a, kw);
    const u = 1.0 - r.random();
    return fl(num(p.alpha) * pow(-log(u), 1.0 / num(p.beta)));
  },
  getstate: (r) => getstate(r),
  setstate: (r, a, kw) => {
    setstate(r, P.setstate(a, kw).state);
    return null;
  },
};

function asRandom(self: PyValue): PyRandom {
  if (!(self instanceof PyRandom)) throw typeError(`descriptor requires a 'random.Random' object but received a '${typeOf(self).name}'`);
  return self;
}

for (const [name, body] of Object.entries(methods)) {
  randomType.dict.set(
    name,
    new PyBuiltinFunction(name, (args, kwargs) => body(asRandom(args[0]), args.slice(1), kwargs), true, `Random.${name}`),
  );
}
randomType.construct = (cls, args) => {
  const r = new PyRandom(cls);
  r.seed(args.length ? args[0] : null);
  return r;
};

registerBuiltinModule('random', () => {
  const inst = new PyRandom(randomType);
  inst.seed(null);
  const fns: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue> = {};
  for (const [name, body] of Object.entries(methods)) fns[name] = (args, kwargs) => body(inst, args, kwargs);
  return makeModule('random', fns, { Random: randomType });
});
