// tf.nest's flatten / pack for the structures the tape accepts: lists, tuples, dicts (leaves of a
// dict in sorted-key order, as tf.nest), and single values. The packed result keeps the original
// container types and key order.
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';

function sortedKeys(d: PyDict): PyValue[] {
  const keys = d.storage.keys();
  const allStrings = keys.every((k) => typeof k === 'string');
  const allNumbers = keys.every((k) => typeof k === 'number');
  if (allStrings) return (keys as string[]).slice().sort();
  if (allNumbers) return (keys as number[]).slice().sort((a, b) => a - b);
  return keys;
}

export function flatten(v: PyValue, out: PyValue[] = []): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) for (const x of v.items) flatten(x, out);
  else if (v instanceof PyDict) for (const k of sortedKeys(v)) flatten(v.storage.get(k)!, out);
  else out.push(v);
  return out;
}

/** Rebuilds `structure` with the leaves of `flat` (in flatten's order). */
export function packSequenceAs(structure: PyValue, flat: readonly PyValue[]): PyValue {
  let next = 0;
  const build = (v: PyValue): PyValue => {
    if (v instanceof PyList) return new PyList(v.items.map(build));
    if (v instanceof PyTuple) return new PyTuple(v.items.map(build));
    if (v instanceof PyDict) {
      const built = new Map<PyValue, PyValue>();
      for (const k of sortedKeys(v)) built.set(k, build(v.storage.get(k)!));
      const d = new PyDict();
      for (const k of v.storage.keys()) d.storage.set(k, built.get(k)!);
      return d;
    }
    return flat[next++];
  };
  return build(structure);
}
