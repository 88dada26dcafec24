// set and frozenset: CPython's open-addressing table (linear probes, then perturbed probing;
// deleted slots become dummies; growth at 3/5 full), so iteration order — which programs print —
// matches CPython for every key whose hash CPython computes deterministically (ints, floats, tuples).
import type { PyObject, PyType, PyValue } from './core.js';
import { frozensetType, setType } from './builtin-types.js';

type Hash = number | bigint;

const LINEAR_PROBES = 9;
const MINSIZE = 8;
/** Marks a deleted slot (CPython's `dummy` key with hash -1). */
const DUMMY: unique symbol = Symbol('dummy');
type Slot = PyValue | typeof DUMMY | undefined;

/** perturb >>= 5 on the unsigned 64-bit value of a hash. */
function initialPerturb(h: Hash): Hash {
  if (typeof h === 'number' && h >= 0) return h;
  return BigInt.asUintN(64, BigInt(h));
}
function shiftPerturb(p: Hash): Hash {
  if (typeof p === 'number') return Math.floor(p / 32);
  const r = p >> 5n;
  return r <= 9007199254740991n ? Number(r) : r;
}
/** (hash as size_t) & mask, for masks below 2**31. */
function lowBits(h: Hash, mask: number): number {
  if (typeof h === 'number') {
    if (h >= 0 && h <= 0x7fffffff) return h & mask;
    let r = h % 4294967296;
    if (r < 0) r += 4294967296;
    return r & mask;
  }
  return Number(BigInt.asUintN(32, h)) & mask;
}
function nextIndex(i: number, perturb: Hash, mask: number): number {
  return (i * 5 + 1 + lowBits(perturb, mask)) & mask;
}

export class SetTable {
  static hash: (v: PyValue) => Hash = () => {
    throw new Error('SetTable.hash not installed');
  };
  static equals: (a: PyValue, b: PyValue) => boolean = () => {
    throw new Error('SetTable.equals not installed');
  };

  keys: Slot[] = new Array(MINSIZE);
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots: the set's length. */
  used = 0;
  /** Where pop() starts looking. */
  finger = 0;

  /** The slot holding key, or -1. */
  lookup(key: PyValue, hash: Hash): number {
    const { keys, hashes } = this;
    let mask = this.mask;
    let i = lowBits(hash, mask);
    let perturb = initialPerturb(hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === undefined) return -1;
        if (k !== DUMMY && hashes[j] === hash) {
          if (k === key || SetTable.equals(k, key)) return j;
          if (this.keys !== keys) return this.lookup(key, hash);
          mask = this.mask;
        }
        j++;
      } while (probes--);
      perturb = shiftPerturb(perturb);
      i = nextIndex(i, perturb, mask);
    }
  }

  has(key: PyValue, hash: Hash = SetTable.hash(key)): boolean {
    return this.lookup(key, hash) >= 0;
  }

  /** set_add_entry: returns true when the key was new. */
  add(key: PyValue, hash: Hash = SetTable.hash(key)): boolean {
    const { keys, hashes, mask } = this;
    let i = lowBits(hash, mask);
    let perturb = initialPerturb(hash);
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hashes[freeslot] = hash;
            this.used++;
            return true;
          }
          keys[j] = key;
          hashes[j] = hash;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        if (k === DUMMY) {
          // CPython 3.11 keeps the last dummy seen on the probe path.
          freeslot = j;
        } else if (hashes[j] === hash) {
          if (k === key || SetTable.equals(k, key)) return false;
          if (this.keys !== keys) return this.add(key, hash);
        }
        j++;
      } while (probes--);
      perturb = shiftPerturb(perturb);
      i = nextIndex(i, perturb, mask);
    }
  }

  /** set_discard_entry: returns true when the key was present. */
  discard(key: PyValue, hash: Hash = SetTable.hash(key)): boolean {
    const j = this.lookup(key, hash);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  /** set_table_resize: the smallest power of two above minused, entries re-inserted in slot order. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.keys = new Array(size);
    this.hashes = new Array(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[j]);
    }
  }

  /** set_insert_clean: place a key known to be absent, in a table without dummies. */
  insertClean(key: PyValue, hash: Hash): void {
    const { keys, hashes, mask } = this;
    let i = lowBits(hash, mask);
    let perturb = initialPerturb(hash);
    for (;;) {
      if (keys[i] === undefined) {
        keys[i] = key;
        hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === undefined) {
            keys[i + j] = key;
            hashes[i + j] = hash;
            return;
          }
        }
      }
      perturb = shiftPerturb(perturb);
      i = nextIndex(i, perturb, mask);
    }
  }

  clear(): void {
    this.keys = new Array(MINSIZE);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** set_merge: add every entry of another table (with CPython's copy shortcuts). */
  merge(other: SetTable): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let j = 0; j <= other.mask; j++) {
        const k = other.keys[j];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, other.hashes[j]);
      }
      return;
    }
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j];
      if (k !== undefined && k !== DUMMY) this.add(k, other.hashes[j]);
    }
  }

  /** Active [key, hash] pairs in slot order (the iteration order). */
  *entries(): IterableIterator<[PyValue, Hash]> {
    const { keys, hashes } = this;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) yield [k, hashes[j]];
    }
  }

  values(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }

  /** set.pop(): the first active slot from the finger on. */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let j = this.finger & this.mask;
    while (this.keys[j] === undefined || this.keys[j] === DUMMY) {
      j++;
      if (j > this.mask) j = 0;
    }
    const k = this.keys[j] as PyValue;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.finger = j + 1;
    return k;
  }

  /** Dummies are counted in fill; drop them when they exceed a quarter of the table. */
  compactAfterRemovals(): void {
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** The slot layout, for frozenset's hash. */
  slots(): { keys: readonly Slot[]; hashes: readonly Hash[] } {
    return { keys: this.keys, hashes: this.hashes };
  }
}

export class PySet implements PyObject {
  table = new SetTable();
  constructor(
    readonly frozen = false,
    /** A user subclass of set/frozenset, when the instance is one. */
    readonly subclass: PyType | null = null,
  ) {}
  get cls(): PyType {
    return this.subclass ?? (this.frozen ? frozensetType : setType);
  }
  get size(): number {
    return this.table.used;
  }
  /** Instances of user subclasses carry attributes. */
  dict: Map<string, PyValue> | null = null;
}

export const isDummy = (k: Slot): boolean => k === DUMMY;
