// Insertion-ordered hash storage with Python's key semantics (1 == 1.0 == True hash alike),
// shared by dict (and later set). Keys with a JS-primitive identity map to a canonical JS key;
// other keys fall back to their identity until user-defined __hash__/__eq__ arrive.
import type { PyValue } from './core.js';

export type CanonicalKey = number | string | bigint | object | null | boolean;

export class DictStorage {
  /** canonical key → [original key, value]; Map keeps insertion order as Python dicts do. */
  private readonly map = new Map<CanonicalKey, [PyValue, PyValue]>();

  static canonical: (key: PyValue) => CanonicalKey = () => {
    throw new Error('DictStorage.canonical not installed');
  };

  get size(): number {
    return this.map.size;
  }

  get(key: PyValue): PyValue | undefined {
    return this.map.get(DictStorage.canonical(key))?.[1];
  }

  set(key: PyValue, value: PyValue): void {
    const k = DictStorage.canonical(key);
    const entry = this.map.get(k);
    if (entry) entry[1] = value;
    else this.map.set(k, [key, value]);
  }

  has(key: PyValue): boolean {
    return this.map.has(DictStorage.canonical(key));
  }

  delete(key: PyValue): boolean {
    return this.map.delete(DictStorage.canonical(key));
  }

  clear(): void {
    this.map.clear();
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
