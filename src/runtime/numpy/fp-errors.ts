// numpy's floating-point error handling (np.seterr/geterr/seterrcall/errstate): after a ufunc
// loop numpy reads the CPU's FP status flags and, per flag, ignores, warns (RuntimeWarning),
// raises FloatingPointError, calls a function, prints or logs. tfts's loops run in JS (or native
// code whose flags JS cannot see), so the flags are worked out from inputs and results: a NaN
// from non-NaN inputs is "invalid", an infinity from finite inputs is "divide by zero" at a pole
// (x/0, log(0), ...) and "overflow" elsewhere.
import { PyValue } from '../../interpreter/objects/core.js';
import { PyDict } from '../../interpreter/objects/values.js';
import { excType, pyExc, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction, pyParams } from '../../interpreter/builtins/define.js';
import { call, Kwargs } from '../../interpreter/ops/call.js';
import { lookupAttr } from '../../interpreter/ops/attr.js';
import { builtinsDict } from '../../interpreter/builtins/registry.js';
import { importModule } from '../../interpreter/modules/loader.js';
import { lastCall } from '../../interpreter/compiler/call-site.js';
import { pythonModule } from '../../interpreter/stdlib/module-helpers.js';
import { setItem } from '../../interpreter/ops/items.js';
import { writeStderr } from '../../interpreter/io.js';
import '../../interpreter/stdlib/warnings.js';  // registers the module reportFpErrors imports
import { knownAllFinite, NATIVE_MIN_ELEMENTS, numpyNative } from './native-memory.js';

export const FP_DIVIDE = 1, FP_OVER = 2, FP_UNDER = 4, FP_INVALID = 8;

const kinds = ['divide', 'over', 'under', 'invalid'] as const;
type Kind = (typeof kinds)[number];
const flagOf: Record<Kind, number> = { divide: FP_DIVIDE, over: FP_OVER, under: FP_UNDER, invalid: FP_INVALID };
const messageOf: Record<Kind, string> = { divide: 'divide by zero', over: 'overflow', under: 'underflow', invalid: 'invalid value' };
const modes = ['ignore', 'warn', 'raise', 'call', 'print', 'log'];

const state: Record<Kind, string> = { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' };
let errcall: PyValue = null;

const isCallable = (v: PyValue) => call(builtinsDict.get('callable')!, [v], null) === true;

/** Flags that some mode other than 'ignore' wants to hear about (0: skip the checks). */
export function watchedFlags(): number {
  let f = 0;
  for (const k of kinds) if (state[k] !== 'ignore') f |= flagOf[k];
  return f;
}

/** Acts on the flags a ufunc raised, in numpy's order (divide, over, under, invalid). */
export function reportFpErrors(ufunc: string, flags: number): void {
  if (flags === 0) return;
  if (collecting !== null) {
    collecting.flags |= flags;
    return;
  }
  const site = { frame: lastCall.frame, pos: lastCall.pos };
  for (const k of kinds) {
    if (!(flags & flagOf[k])) continue;
    const mode = state[k];
    if (mode === 'ignore') continue;
    const msg = `${messageOf[k]} encountered in ${ufunc}`;
    // Python code run below (the warnings module, a callback) moves the call site: put it back.
    const restore = () => { lastCall.frame = site.frame; lastCall.pos = site.pos; };
    if (mode === 'raise') throw pyExc('FloatingPointError', msg);
    if (mode === 'warn') {
      // No Python code running (a TS caller, e.g. a unit test): no line to warn about.
      if (site.frame === null) continue;
      const warn = importModule('warnings').dict.get('warn')!;
      restore();
      call(warn, [msg, excType('RuntimeWarning')], null);
    } else if (mode === 'print') {
      writeStderr(`Warning: ${msg}\n`);  // numpy prints with C's fprintf, past sys.stderr
    } else if (mode === 'call') {
      if (!isCallable(errcall)) throw pyExc('NameError', `Python function specified for ${messageOf[k]} (in ${ufunc}) but no function found.`);
      call(errcall, [messageOf[k], flags], null);
    } else {
      const write = errcall === null ? undefined : lookupAttr(errcall, 'write');
      if (write === undefined) throw pyExc('NameError', `log specified for ${messageOf[k]} (in ${ufunc}) but no object with write method found.`);
      call(write, [`Warning: ${msg}\n`], null);
    }
    restore();
  }
}

let collecting: { flags: number } | null = null;

/** Runs `fn`, gathering the flags its ufuncs raise instead of acting on them (divmod reports
 *  its floor_divide and remainder steps as one "divmod"). */
export function collectFpFlags<T>(fn: () => T): [T, number] {
  const outer = collecting;
  const mine = { flags: 0 };
  collecting = mine;
  try {
    return [fn(), mine.flags];
  } finally {
    collecting = outer;
  }
}

// ---- finding the flags ----

/** Divide-by-zero poles of the binary ufuncs: an infinite result of x op y there is "divide". */
function binaryPole(name: string, x: number, y: number): boolean {
  if (name === 'power') return x === 0;
  return name === 'divide' || name === 'floor_divide' || name === 'divmod' ? y === 0 : false;
}
function unaryPole(name: string, x: number): boolean {
  switch (name) {
    case 'log': case 'log2': case 'log10': case 'reciprocal': return x === 0;
    case 'log1p': return x === -1;
    case 'arctanh': return x === 1 || x === -1;
    default: return false;
  }
}
const tinyOps = new Set(['multiply', 'divide', 'power', 'exp', 'exp2', 'expm1']);
const minNormal = (itemsize: number) => (itemsize === 2 ? 6.103515625e-5 : itemsize === 4 ? 1.1754943508222875e-38 : 2.2250738585072014e-308);

/** A scan for any non-finite value: the cheap common case (all finite) takes one pass. */
function anyNonFinite(out: ArrayLike<number>): boolean {
  if (knownAllFinite(out)) return false;
  if ((out instanceof Float64Array || out instanceof Float32Array) && out.length >= NATIVE_MIN_ELEMENTS) {
    const N = numpyNative();
    if (N) return N.npAnyNonFinite(out);  // ~20x faster than the JS loops below
  }
  // One loop per storage type keeps each monomorphic (a shared loop runs several times slower).
  if (out instanceof Float64Array) return anyNonFinite64(out);
  if (out instanceof Float32Array) return anyNonFinite32(out);
  for (let i = 0; i < out.length; i++) if (out[i] - out[i] !== 0) return true;
  return false;
}
function anyNonFinite64(out: Float64Array): boolean {
  let acc = 0;
  for (let i = 0; i < out.length; i++) acc += out[i] - out[i];
  return acc !== 0;
}
function anyNonFinite32(out: Float32Array): boolean {
  let acc = 0;
  for (let i = 0; i < out.length; i++) acc += out[i] - out[i];
  return acc !== 0;
}

/** The flags of a float binary ufunc; xAt/yAt give the inputs of output element i. */
export function binaryFloatFlags(name: string, out: ArrayLike<number>, itemsize: number, xAt: (i: number) => number, yAt: (i: number) => number): number {
  const watched = watchedFlags();
  if (watched === 0) return 0;
  const under = (watched & FP_UNDER) !== 0 && tinyOps.has(name);
  if (!under && !anyNonFinite(out)) return 0;
  const tiny = minNormal(itemsize);
  let flags = 0;
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (r - r === 0) {
      if (under && Math.abs(r) < tiny) {
        const x = xAt(i), y = yAt(i);
        if ((r !== 0 || (x !== 0 && (name === 'divide' || y !== 0))) && Number.isFinite(x) && Number.isFinite(y)) flags |= FP_UNDER;
      }
      continue;
    }
    const x = xAt(i), y = yAt(i);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) flags |= FP_INVALID;
    } else if (Number.isFinite(x) && Number.isFinite(y)) flags |= binaryPole(name, x, y) ? FP_DIVIDE : FP_OVER;
  }
  return flags;
}

/** The flags of a float unary ufunc over inputs `x` and results `out` (same length). */
export function unaryFloatFlags(name: string, x: ArrayLike<number>, out: ArrayLike<number>, itemsize: number): number {
  const watched = watchedFlags();
  if (watched === 0) return 0;
  const under = (watched & FP_UNDER) !== 0 && tinyOps.has(name);
  if (!under && !anyNonFinite(out)) return 0;
  const tiny = minNormal(itemsize);
  let flags = 0;
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (r - r === 0) {
      if (under && Math.abs(r) < tiny && Number.isFinite(x[i]) && (r !== 0 || x[i] !== 0)) flags |= FP_UNDER;
    } else if (Number.isNaN(r)) {
      if (!Number.isNaN(x[i])) flags |= FP_INVALID;
    } else if (Number.isFinite(x[i])) flags |= unaryPole(name, x[i]) ? FP_DIVIDE : FP_OVER;
  }
  return flags;
}

/** The flags of a cast (astype): a finite float turned infinite overflows; NaN, inf or an
 *  out-of-range float turned integer is invalid (C's conversion, via int32 for small ints). */
export function castFlags(from: { kind: string }, to: { kind: string; itemsize: number }, x: ArrayLike<number>, out: ArrayLike<number>): number {
  if (from.kind !== 'f' || watchedFlags() === 0) return 0;
  if (to.kind === 'f') {
    if (!anyNonFinite(out)) return 0;
    for (let i = 0; i < out.length; i++) if (!Number.isFinite(out[i]) && Number.isFinite(x[i])) return FP_OVER;
    return 0;
  }
  if (to.kind !== 'i' && to.kind !== 'u') return 0;
  const wide = to.itemsize === 8 || (to.kind === 'u' && to.itemsize === 4);
  const [lo, hi] = wide ? [-(2 ** 63), 2 ** 63] : [-(2 ** 31), 2 ** 31];
  for (let i = 0; i < x.length; i++) if (!(x[i] >= lo && x[i] < hi)) return FP_INVALID;
  return 0;
}

// ---- the Python API ----

const seterrParams = pyParams('seterr', ['all', 'divide', 'over', 'under', 'invalid'], { all: null, divide: null, over: null, under: null, invalid: null });

export function geterr(): PyDict {
  const d = new PyDict();
  for (const k of kinds) setItem(d, k, state[k]);
  return d;
}

export function seterr(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = seterrParams(args, kwargs);
  const old = geterr();
  const next = { ...state };
  for (const k of kinds) {
    const v = p[k] !== null ? p[k] : p.all;
    if (v === null) continue;
    if (typeof v !== 'string' || !modes.includes(v)) throw valueError(`invalid error mode ${typeof v === 'string' ? `'${v}'` : String(v)}`);
    next[k] = v;
  }
  Object.assign(state, next);
  return old;
}

export function seterrcall(args: PyValue[]): PyValue {
  const f = args[0] === undefined ? null : args[0];
  if (f !== null && !isCallable(f)) {
    const write = lookupAttr(f, 'write');
    if (write === undefined || !isCallable(write)) throw typeError('python object must be callable or have a callable write method');
  }
  const old = errcall;
  errcall = f;
  return old;
}

// errstate is a class in numpy (context manager and decorator), so it is written in Python.
const errstateSource = `
class _Unspecified:
    pass

class errstate:
    def __init__(self, *, call=_Unspecified, all=None, divide=None, over=None, under=None, invalid=None):
        self._call = call
        self._all = all
        self._divide = divide
        self._over = over
        self._under = under
        self._invalid = invalid
        self._token = None

    def __enter__(self):
        if self._token is not None:
            raise TypeError("Cannot enter \`np.errstate\` twice.")
        old_call = _Unspecified if self._call is _Unspecified else _seterrcall(self._call)
        old = _seterr(all=self._all, divide=self._divide, over=self._over, under=self._under, invalid=self._invalid)
        self._token = (old, old_call)

    def __exit__(self, *exc_info):
        old, old_call = self._token
        self._token = None
        _seterr(**old)
        if old_call is not _Unspecified:
            _seterrcall(old_call)

    def __call__(self, func):
        def inner(*args, **kwargs):
            with errstate(call=self._call, all=self._all, divide=self._divide, over=self._over,
                          under=self._under, invalid=self._invalid):
                return func(*args, **kwargs)
        inner.__name__ = func.__name__
        inner.__qualname__ = func.__qualname__
        inner.__doc__ = func.__doc__
        inner.__wrapped__ = func
        return inner
`;

/** np.seterr, geterr, seterrcall, geterrcall and errstate, for the numpy module's namespace. */
export function errorStateFunctions(): Record<string, PyValue> {
  const fns = {
    seterr: builtinFunction('seterr', seterr),
    geterr: builtinFunction('geterr', () => geterr()),
    seterrcall: builtinFunction('seterrcall', (args) => seterrcall(args)),
    geterrcall: builtinFunction('geterrcall', () => errcall),
  };
  const m = pythonModule('numpy', errstateSource, { _seterr: fns.seterr, _seterrcall: fns.seterrcall });
  return { ...fns, errstate: m.dict.get('errstate')! };
}
