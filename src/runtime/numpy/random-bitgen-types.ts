// The Python faces of np.random.SeedSequence and np.random.PCG64: how a seed argument (None, an
// int, a sequence of ints, a SeedSequence) becomes entropy, and the PCG64 object a Generator draws
// from. The arithmetic lives in pcg64.ts.
import { PyObject, PyType, PyValue, objectType } from '../../interpreter/objects/core.js';
import { typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { defineGetter, defineMethod } from '../../interpreter/builtins/define.js';
import { repr as reprOf, str as strOf } from '../../interpreter/ops/text.js';
import { setItem } from '../../interpreter/ops/items.js';
import { PCG64, SeedSequence, pcg64FromSeedSequence } from './pcg64.js';
import { NdArray, NumpyScalar } from './ndarray.js';
import { np } from './dtype.js';

export const seedSequenceType = new PyType('SeedSequence', [objectType], 'numpy.random.bit_generator');
export const pcg64Type = new PyType('PCG64', [objectType], 'numpy.random._pcg64');

export class PySeedSequence implements PyObject {
  constructor(
    readonly seq: SeedSequence,
    readonly entropyValue: PyValue,
  ) {}
  get cls(): PyType {
    return seedSequenceType;
  }
}

export class PyPCG64 implements PyObject {
  constructor(
    readonly bg: PCG64,
    readonly seedSeq: PySeedSequence,
  ) {}
  get cls(): PyType {
    return pcg64Type;
  }
}

/** 128 bits of fresh entropy, what SeedSequence(None) draws from the OS. */
function freshEntropy(): bigint {
  let v = 0n;
  for (let i = 0; i < 4; i++) v = (v << 32n) | BigInt(Math.floor(Math.random() * 2 ** 32));
  return v;
}

/** One integer of entropy as a non-negative BigInt; `bad` raises for anything else. */
function entropyInt(v: PyValue, bad: () => never): bigint {
  let x: bigint;
  if (typeof v === 'number' || typeof v === 'bigint') x = BigInt(v);
  else if (typeof v === 'boolean') x = v ? 1n : 0n;
  else if (v instanceof NumpyScalar && (v.dtype.isInt || v.dtype === np.bool)) x = BigInt(v.value);
  else bad();
  if (x < 0n) throw valueError('expected non-negative integer');
  return x;
}

/** SeedSequence(entropy): None draws fresh entropy; ints and sequences of ints as numpy. */
export function makeSeedSequence(entropy: PyValue): PySeedSequence {
  if (entropy === null) {
    const e = freshEntropy();
    return new PySeedSequence(new SeedSequence(e), e);
  }
  // Inside a sequence, numpy's own coercion speaks; for the whole argument, SeedSequence's check.
  const notInteger = (): never => {
    throw typeError('seed must be integer');
  };
  if (entropy instanceof PyList || entropy instanceof PyTuple) {
    return new PySeedSequence(new SeedSequence(entropy.items.map((x) => entropyInt(x, notInteger))), entropy);
  }
  if (entropy instanceof NdArray) {
    if (!entropy.dtype.isInt) notInteger();
    return new PySeedSequence(new SeedSequence(Array.from(entropy.data, (x) => entropyInt(x, notInteger))), entropy);
  }
  const notSeed = (): never => {
    throw typeError(`SeedSequence expects int or sequence of ints for entropy not ${strOf(entropy)}`);
  };
  return new PySeedSequence(new SeedSequence(entropyInt(entropy, notSeed)), entropy);
}

/** PCG64(seed): a SeedSequence seeds it unless one is given. */
export function makePCG64(seed: PyValue): PyPCG64 {
  const seq = seed instanceof PySeedSequence ? seed : makeSeedSequence(seed);
  return new PyPCG64(pcg64FromSeedSequence(seq.seq), seq);
}

seedSequenceType.construct = (_cls, args) => makeSeedSequence(args.length ? args[0] : null);
defineMethod(seedSequenceType, '__repr__', (self) => `SeedSequence(\n    entropy=${reprOf((self as PySeedSequence).entropyValue)},\n)`);
defineGetter(seedSequenceType, 'entropy', (self) => (self as PySeedSequence).entropyValue);

pcg64Type.construct = (_cls, args) => makePCG64(args.length ? args[0] : null);
defineGetter(pcg64Type, 'seed_seq', (self) => (self as PyPCG64).seedSeq);
defineGetter(pcg64Type, 'state', (self) => {
  const bg = (self as PyPCG64).bg;
  const { state, inc } = bg.state;
  const small = (v: bigint): PyValue => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
  return dictOf([
    ['bit_generator', 'PCG64'],
    ['state', dictOf([['state', small(state)], ['inc', small(inc)]])],
    ['has_uint32', bg.hasUint32 ? 1 : 0],
    ['uinteger', bg.uinteger],
  ]);
});

function dictOf(entries: [string, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) setItem(d, k, v);
  return d;
}
