// `obj.__dict__` as a live dict: a DictStorage over the object's attribute Map, so
// `self.__dict__.update(kw)` and `obj.__dict__['x'] = v` change the attributes themselves.
import type { PyValue } from './core.js';
import { DictStorage } from './dict-storage.js';
import { typeError } from './exceptions.js';

export class AttrDictStorage extends DictStorage {
  constructor(private readonly attrs: Map<string, PyValue>) {
    super();
  }

  private static key(key: PyValue): string {
    if (typeof key !== 'string') throw typeError(`attribute name must be string, not '${key === null ? 'NoneType' : typeof key}'`);
    return key;
  }

  override get size(): number {
    return this.attrs.size;
  }
  override get(key: PyValue): PyValue | undefined {
    return typeof key === 'string' ? this.attrs.get(key) : undefined;
  }
  override set(key: PyValue, value: PyValue): void {
    this.attrs.set(AttrDictStorage.key(key), value);
  }
  override has(key: PyValue): boolean {
    return typeof key === 'string' && this.attrs.has(key);
  }
  override delete(key: PyValue): boolean {
    return typeof key === 'string' && this.attrs.delete(key);
  }
  override clear(): void {
    this.attrs.clear();
  }
  override popLast(): [PyValue, PyValue] | undefined {
    let last: string | undefined;
    for (const k of this.attrs.keys()) last = k;
    if (last === undefined) return undefined;
    const v = this.attrs.get(last)!;
    this.attrs.delete(last);
    return [last, v];
  }
  override *entries(): IterableIterator<[PyValue, PyValue]> {
    for (const e of this.attrs) yield e;
  }
  override keys(): PyValue[] {
    return [...this.attrs.keys()];
  }
  override values(): PyValue[] {
    return [...this.attrs.values()];
  }
}
