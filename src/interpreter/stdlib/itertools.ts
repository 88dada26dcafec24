// The itertools module: every function returns a lazy JS-backed iterator (PyIterator) that pulls
// from its inputs only as far as it is consumed, with CPython's argument errors.
import { PyType, PyValue } from '../objects/core.js';
import { iteratorType } from '../objects/builtin-types.js';
import { typeError, valueError } from '../objects/exceptions.js';
import { PyBuiltinFunction } from '../objects/function.js';
import { PyFloat, PyTuple } from '../objects/values.js';
import { asInt, binaryOp } from '../ops/arith.js';
import { call, Kwargs } from '../ops/call.js';
import { pyEquals } from '../ops/compare.js';
import { getIterator, iterToArray, PyIterator } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import { repr } from '../ops/text.js';
import { typeOf } from '../ops/typeof.js';
import { checkArity, pyParams } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule, Fn } from './module-helpers.js';

type Next = () => PyValue | undefined;

const types = new Map<string, PyType>();
function iterType(name: string): PyType {
  let t = types.get(name);
  if (!t) {
    t = new PyType(name, [iteratorType], 'itertools');
    types.set(name, t);
  }
  return t;
}
const make = (name: string, next: Next) => new PyIterator(next, iterType(name));
const tuple = (items: PyValue[]) => new PyTuple(items);

/** A PyIterator whose repr shows its state, as count() and repeat() do. */
class ReprIterator extends PyIterator {
  constructor(next: Next, cls: PyType, readonly show: () => string) {
    super(next, cls);
  }
}
for (const name of ['count', 'repeat']) {
  iterType(name).dict.set('__repr__', new PyBuiltinFunction('__repr__', (args) => (args[0] as ReprIterator).show(), true));
}

function nonNegativeInt(v: PyValue, message: string): number {
  const i = asInt(v);
  if (i === undefined) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (i < 0) throw valueError(message);
  return Number(i);
}

function count(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('count', ['start', 'step'], { start: 0, step: 1 })(args, kwargs);
  let n = p.start;
  const step = p.step;
  const it: ReprIterator = new ReprIterator(
    () => {
      const v = n;
      n = binaryOp('Add', n, step);
      return v;
    },
    iterType('count'),
    () => (step === 1 && !(n instanceof PyFloat) ? `count(${repr(n)})` : `count(${repr(n)}, ${repr(step)})`),
  );
  return it;
}

function cycle(args: PyValue[]): PyValue {
  checkArity('cycle', args, 1, 1);
  const src = getIterator(args[0]);
  const saved: PyValue[] = [];
  let exhausted = false;
  let i = 0;
  return make('cycle', () => {
    if (!exhausted) {
      const v = src.next();
      if (v !== undefined) {
        saved.push(v);
        return v;
      }
      exhausted = true;
    }
    if (saved.length === 0) return undefined;
    const v = saved[i];
    i = (i + 1) % saved.length;
    return v;
  });
}

function repeat(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('repeat', ['object', 'times'], { times: null })(args, kwargs);
  const obj = p.object;
  if (p.times === null) return new ReprIterator(() => obj, iterType('repeat'), () => `repeat(${repr(obj)})`);
  const t = asInt(p.times);
  if (t === undefined) throw typeError(`'${typeOf(p.times).name}' object cannot be interpreted as an integer`);
  let left = Math.max(0, Number(t));
  return new ReprIterator(
    () => (left > 0 ? (left--, obj) : undefined),
    iterType('repeat'),
    () => `repeat(${repr(obj)}, ${left})`,
  );
}

function accumulate(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('accumulate', ['iterable', 'func'], { func: null, initial: null }, ['initial'])(args, kwargs);
  const src = getIterator(p.iterable);
  const func = p.func;
  let total: PyValue | undefined = p.initial === null ? undefined : p.initial;
  let pendingInitial = p.initial !== null;
  return make('accumulate', () => {
    if (pendingInitial) {
      pendingInitial = false;
      return total;
    }
    const v = src.next();
    if (v === undefined) return undefined;
    total = total === undefined ? v : func === null ? binaryOp('Add', total, v) : call(func, [total, v], null);
    return total;
  });
}

function chainOf(sources: PyIterator): PyIterator {
  let current: PyIterator | null = null;
  return make('chain', () => {
    for (;;) {
      if (current === null) {
        const nextIterable = sources.next();
        if (nextIterable === undefined) return undefined;
        current = getIterator(nextIterable);
      }
      const v = current.next();
      if (v !== undefined) return v;
      current = null;
    }
  });
}

const chainType = iterType('chain');
chainType.construct = (_cls, args, kwargs) => {
  if (kwargs && kwargs.size) throw typeError('chain() takes no keyword arguments');
  let i = 0;
  return chainOf(new PyIterator(() => (i < args.length ? args[i++] : undefined)));
};
chainType.dict.set(
  'from_iterable',
  new PyBuiltinFunction('from_iterable', (args) => {
    checkArity('from_iterable', args, 1, 1);
    return chainOf(getIterator(args[0]));
  }),
);

function compress(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('compress', ['data', 'selectors'])(args, kwargs);
  const data = getIterator(p.data);
  const sel = getIterator(p.selectors);
  return make('compress', () => {
    for (;;) {
      const d = data.next();
      const s = sel.next();
      if (d === undefined || s === undefined) return undefined;
      if (isTruthy(s)) return d;
    }
  });
}

function predicateIterator(name: string, keepWhile: 'drop' | 'take' | 'filterfalse'): Fn {
  return (args) => {
    checkArity(name, args, 2, 2);
    const pred = args[0];
    const src = getIterator(args[1]);
    let dropping = true;
    let done = false;
    return make(name, () => {
      if (done) return undefined;
      for (;;) {
        const v = src.next();
        if (v === undefined) return undefined;
        if (keepWhile === 'filterfalse') {
          if (!isTruthy(pred === null ? v : call(pred, [v], null))) return v;
        } else if (keepWhile === 'take') {
          if (isTruthy(call(pred, [v], null))) return v;
          done = true;
          return undefined;
        } else {
          if (dropping && isTruthy(call(pred, [v], null))) continue;
          dropping = false;
          return v;
        }
      }
    });
  };
}

function groupby(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('groupby', ['iterable', 'key'], { key: null })(args, kwargs);
  const src = getIterator(p.iterable);
  const keyFn = p.key;
  // Shared state: the current item and its key; each grouper serves only while it is current.
  let currValue: PyValue | undefined;
  let currKey: PyValue | undefined;
  let targetKey: PyValue | undefined;
  let currentGrouper: object | null = null;
  let exhausted = false;
  const step = (): boolean => {
    const v = src.next();
    if (v === undefined) {
      exhausted = true;
      return false;
    }
    currValue = v;
    currKey = keyFn === null ? v : call(keyFn, [v], null);
    return true;
  };
  return make('groupby', () => {
    if (exhausted) return undefined;
    if (currValue === undefined) {
      if (!step()) return undefined;
    } else if (targetKey !== undefined) {
      while (pyEquals(targetKey, currKey!)) if (!step()) return undefined;
    }
    targetKey = currKey;
    const token = {};
    currentGrouper = token;
    const groupKey = targetKey!;
    const grouper = make('_grouper', () => {
      if (currentGrouper !== token || exhausted) return undefined;
      if (currValue === undefined && !step()) return undefined;
      if (!pyEquals(groupKey, currKey!)) return undefined;
      const v = currValue;
      currValue = undefined;
      return v;
    });
    return tuple([groupKey, grouper]);
  });
}

const SLICE_ARG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
function islice(args: PyValue[], kwargs: Kwargs): PyValue {
  if (kwargs && kwargs.size) throw typeError('islice() takes no keyword arguments');
  if (args.length < 2 || args.length > 4) {
    throw typeError(args.length < 2 ? `islice expected at least 2 arguments, got ${args.length}` : `islice expected at most 4 arguments, got ${args.length}`);
  }
  const src = getIterator(args[0]);
  const bound = (v: PyValue, message: string, dflt: number): number => {
    if (v === null) return dflt;
    const i = asInt(v);
    if (i === undefined || i < 0) throw valueError(message);
    return Number(i);
  };
  let start = 0;
  let stop: number;
  let step = 1;
  if (args.length === 2) stop = bound(args[1], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.', Infinity);
  else {
    start = bound(args[2 - 1], SLICE_ARG, 0);
    stop = bound(args[2], SLICE_ARG, Infinity);
    if (args.length === 4) {
      const s = args[3] === null ? 1 : asInt(args[3]);
      if (s === undefined || s <= 0) throw valueError('Step for islice() must be a positive integer or None.');
      step = Number(s);
    }
  }
  let nextIndex = start;
  let i = 0;
  return make('islice', () => {
    if (nextIndex >= stop) {
      // CPython still consumes up to stop so the underlying iterator ends in the same place.
      while (i < stop && src.next() !== undefined) i++;
      return undefined;
    }
    while (i < nextIndex) {
      if (src.next() === undefined) {
        nextIndex = stop = -1;
        return undefined;
      }
      i++;
    }
    const v = src.next();
    if (v === undefined) {
      nextIndex = stop = -1;
      return undefined;
    }
    i++;
    nextIndex += step;
    return v;
  });
}

function pairwise(args: PyValue[]): PyValue {
  checkArity('pairwise', args, 1, 1);
  const src = getIterator(args[0]);
  let prev: PyValue | undefined;
  return make('pairwise', () => {
    if (prev === undefined) {
      prev = src.next();
      if (prev === undefined) return undefined;
    }
    const v = src.next();
    if (v === undefined) return undefined;
    const pair = tuple([prev, v]);
    prev = v;
    return pair;
  });
}

/** Lexicographic index vectors shared by the combinatoric iterators. */
function combinatoric(name: string, pool: PyValue[], first: number[] | null, advance: (idx: number[]) => boolean, pick: (idx: number[]) => PyValue[]): PyIterator {
  let idx = first;
  let started = false;
  return make(name, () => {
    if (idx === null) return undefined;
    if (started && !advance(idx)) {
      idx = null;
      return undefined;
    }
    started = true;
    return tuple(pick(idx));
  });
}

function product(args: PyValue[], kwargs: Kwargs): PyValue {
  let repeatN = 1;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k !== 'repeat') throw typeError(`'${k}' is an invalid keyword argument for product()`);
      repeatN = nonNegativeInt(v, 'repeat argument cannot be negative');
    }
  }
  const pools: PyValue[][] = [];
  const base = args.map((a) => iterToArray(a));
  for (let r = 0; r < repeatN; r++) pools.push(...base);
  const empty = pools.some((p) => p.length === 0);
  return combinatoric(
    'product',
    [],
    empty ? null : pools.map(() => 0),
    (idx) => {
      for (let i = idx.length - 1; i >= 0; i--) {
        if (++idx[i] < pools[i].length) return true;
        idx[i] = 0;
      }
      return false;
    },
    (idx) => idx.map((j, i) => pools[i][j]),
  );
}

function permutations(args: PyValue[], kwargs: Kwargs): PyValue {
  const p = pyParams('permutations', ['iterable', 'r'], { r: null })(args, kwargs);
  const pool = iterToArray(p.iterable);
  const n = pool.length;
  const r = p.r === null ? n : nonNegativeInt(p.r, 'r must be non-negative');
  if (r > n) return make('permutations', () => undefined);
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let done = false;
  return make('permutations', () => {
    if (done) return undefined;
    if (first) {
      first = false;
      return tuple(indices.slice(0, r).map((i) => pool[i]));
    }
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0];
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = n - cycles[i];
        [indices[i], indices[j]] = [indices[j], indices[i]];
        return tuple(indices.slice(0, r).map((k) => pool[k]));
      }
    }
    done = true;
    return undefined;
  });
}

function combinations(withReplacement: boolean): Fn {
  const name = withReplacement ? 'combinations_with_replacement' : 'combinations';
  const params = pyParams(name, ['iterable', 'r']);
  return (args, kwargs) => {
    const p = params(args, kwargs);
    const pool = iterToArray(p.iterable);
    const n = pool.length;
    const r = nonNegativeInt(p.r, 'r must be non-negative');
    const possible = withReplacement ? n > 0 || r === 0 : r <= n;
    const first = possible ? Array.from({ length: r }, (_, i) => (withReplacement ? 0 : i)) : null;
    return combinatoric(
      name,
      pool,
      first,
      (idx) => {
        let i = r - 1;
        if (withReplacement) {
          while (i >= 0 && idx[i] === n - 1) i--;
          if (i < 0) return false;
          const v = idx[i] + 1;
          for (let j = i; j < r; j++) idx[j] = v;
        } else {
          while (i >= 0 && idx[i] === i + n - r) i--;
          if (i < 0) return false;
          idx[i]++;
          for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
        }
        return true;
      },
      (idx) => idx.map((j) => pool[j]),
    );
  };
}

function starmap(args: PyValue[]): PyValue {
  checkArity('starmap', args, 2, 2);
  const fn = args[0];
  const src = getIterator(args[1]);
  return make('starmap', () => {
    const v = src.next();
    return v === undefined ? undefined : call(fn, iterToArray(v), null);
  });
}

function tee(args: PyValue[]): PyValue {
  checkArity('tee', args, 1, 2);
  const n = args.length > 1 ? nonNegativeInt(args[1], 'n must be >= 0') : 2;
  const src = getIterator(args[0]);
  // One shared buffer; each copy keeps its absolute position, consumed prefixes are dropped.
  const buffer: PyValue[] = [];
  let offset = 0;
  let ended = false;
  const positions = new Array<number>(n).fill(0);
  const trim = () => {
    const min = Math.min(...positions);
    if (min > offset) {
      buffer.splice(0, min - offset);
      offset = min;
    }
  };
  const copies = positions.map((_, k) =>
    make('_tee', () => {
      const pos = positions[k];
      if (pos - offset >= buffer.length) {
        if (ended) return undefined;
        const v = src.next();
        if (v === undefined) {
          ended = true;
          return undefined;
        }
        buffer.push(v);
      }
      const v = buffer[pos - offset];
      positions[k]++;
      trim();
      return v;
    }),
  );
  return tuple(copies);
}

function zipLongest(args: PyValue[], kwargs: Kwargs): PyValue {
  let fill: PyValue = null;
  if (kwargs) {
    for (const [k, v] of kwargs) {
      if (k !== 'fillvalue') throw typeError(`zip_longest() got an unexpected keyword argument '${k}'`);
      fill = v;
    }
  }
  const its: (PyIterator | null)[] = args.map((a) => getIterator(a));
  let active = its.length;
  return make('zip_longest', () => {
    if (active === 0) return undefined;
    const out: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      let v: PyValue | undefined = it === null ? undefined : it.next();
      if (v === undefined) {
        if (it !== null) {
          its[i] = null;
          active--;
          if (active === 0) return undefined;
        }
        v = fill;
      }
      out.push(v);
    }
    return tuple(out);
  });
}

registerBuiltinModule('itertools', () =>
  makeModule(
    'itertools',
    {
      count,
      cycle,
      repeat,
      accumulate,
      compress,
      dropwhile: predicateIterator('dropwhile', 'drop'),
      takewhile: predicateIterator('takewhile', 'take'),
      filterfalse: predicateIterator('filterfalse', 'filterfalse'),
      groupby,
      islice,
      pairwise,
      product,
      permutations,
      combinations: combinations(false),
      combinations_with_replacement: combinations(true),
      starmap,
      tee,
      zip_longest: zipLongest,
    },
    { chain: chainType },
  ),
);
