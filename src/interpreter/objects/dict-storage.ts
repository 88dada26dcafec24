// Insertion-ordered hash storage with Python's key semantics (1 == 1.0 == True hash alike),
// shared by dict and the attribute dicts. Keys with a JS-primitive identity map to a canonical JS
// key; objects hash by identity; objects with a user `__hash__` are found by hash, then `__eq__`.
import type { PyValue } from './core.js';

export type CanonicalKey = number | string | bigint | object | null | boolean;

/** What canonical() returns for a key whose equality is Python-defined (user __hash__/__eq__). */
export class HashedKey {
  constructor(readonly hash: number | bigint | string) {}
}

export class DictStorage {
  /** canonical key → [original key, value]; Map keeps insertion order as Python dicts do. */
  private readonly map = new Map<CanonicalKey, [PyValue, PyValue]>();
  /** hash → the keys stored with that user-defined hash (each is its own canonical key). */
  private buckets: Map<number | bigint | string, PyValue[]> | null = null;

  static canonical: (key: PyValue) => CanonicalKey = () => {
    throw new Error('DictStorage.canonical not installed');
  };
  static equals: (a: PyValue, b: PyValue) => boolean = () => {
    throw new Error('DictStorage.equals not installed');
  };

  /** The map key for `key`; for user-hashed keys, the stored key it equals (or itself). */
  private find(key: PyValue): CanonicalKey {
    const k = DictStorage.canonical(key);
    if (!(k instanceof HashedKey)) return k;
    const bucket = this.buckets?.get(k.hash);
    if (bucket) for (const existing of bucket) if (existing === key || DictStorage.equals(existing, key)) return existing;
    return key;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: PyValue): PyValue | undefined {
    return this.map.get(this.find(key))?.[1];
  }

  set(key: PyValue, value: PyValue): void {
    const k = this.find(key);
    const entry = this.map.get(k);
    if (entry) {
      entry[1] = value;
      return;
    }
    this.map.set(k, [key, value]);
    if (k === key && key !== null && typeof key === 'object') {
      const c = DictStorage.canonical(key);
      if (c instanceof HashedKey) {
        this.buckets ??= new Map();
        const bucket = this.buckets.get(c.hash);
        if (bucket) bucket.push(key);
        else this.buckets.set(c.hash, [key]);
      }
    }
  }

  has(key: PyValue): boolean {
    return this.map.has(this.find(key));
  }

  delete(key: PyValue): boolean {
    const k = this.find(key);
    if (!this.map.delete(k)) return false;
    if (this.buckets && k !== null && typeof k === 'object') {
      for (const [h, bucket] of this.buckets) {
        const i = bucket.indexOf(k as PyValue);
        if (i >= 0) {
          bucket.splice(i, 1);
          if (bucket.length === 0) this.buckets.delete(h);
          break;
        }
      }
    }
    return true;
  }

  clear(): void {
    this.map.clear();
    this.buckets = null;
  }

  /** The last inserted entry, removed (dict.popitem). */
  popLast(): [PyValue, PyValue] | undefined {
    let last: CanonicalKey | undefined;
    for (const k of this.map.keys()) last = k;
    if (last === undefined) return undefined;
    const entry = this.map.get(last)!;
    this.delete(entry[0]);
    return entry;
  }

  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (const e of this.map.values()) yield e;
  }

  keys(): PyValue[] {
    return Array.from(this.map.values(), (e) => e[0]);
  }

  values(): PyValue[] {
    return Array.from(this.map.values(), (e) => e[1]);
  }
}
