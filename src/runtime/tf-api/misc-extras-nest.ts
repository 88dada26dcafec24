// tf.nest: flatten, pack_sequence_as, map_structure, is_nested, assert_same_structure over lists,
// tuples, namedtuples and dicts (leaves of a dict in sorted-key order; rebuilt in the dict's own
// key order), with the texts of TF's nest_util.py and util.cc (AssertSameStructureHelper).
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { PyDict, PyList, PyTuple } from '../../interpreter/objects/values.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { PyBaseException, typeError, valueError } from '../../interpreter/objects/exceptions.js';
import { call } from '../../interpreter/ops/call.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { compareOp } from '../../interpreter/ops/compare.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { repr, str } from '../../interpreter/ops/text.js';
import { typeOf } from '../../interpreter/ops/typeof.js';
import { iterToArray } from '../../interpreter/ops/iter.js';
import { addFunctions } from './shape-args.js';

const isNamedtuple = (v: PyValue): v is PyTuple => v instanceof PyTuple && typeOf(v).lookup('_fields') !== undefined;
const fieldsOf = (v: PyValue): string[] => iterToArray(typeOf(v).lookup('_fields')!).map((f) => str(f));
export const isNested = (v: PyValue): boolean => v instanceof PyList || v instanceof PyTuple || v instanceof PyDict;

function sortedKeys(d: PyDict): PyValue[] {
  const keys = d.storage.keys().slice();
  try {
    return keys.sort((a, b) => (isTruthy(compareOp('Lt', a, b)) ? -1 : isTruthy(compareOp('Lt', b, a)) ? 1 : 0));
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === 'TypeError') throw typeError('nest only supports dicts with sortable keys.');
    throw e;
  }
}

/** The direct children of a nested value, in flatten order. */
function children(v: PyValue): readonly PyValue[] {
  if (v instanceof PyDict) return sortedKeys(v).map((k) => v.storage.get(k)!);
  return (v as PyList | PyTuple).items;
}

function flatten(v: PyValue, out: PyValue[] = []): PyValue[] {
  if (isNested(v)) for (const c of children(v)) flatten(c, out);
  else out.push(v);
  return out;
}

/** A container like `instance` holding `items` (given in flatten order). */
function sequenceLike(instance: PyValue, items: readonly PyValue[]): PyValue {
  if (instance instanceof PyDict) {
    const byKey = new Map<PyValue, PyValue>();
    sortedKeys(instance).forEach((k, i) => byKey.set(k, items[i]));
    const d = new PyDict();
    for (const k of instance.storage.keys()) d.storage.set(k, byKey.get(k)!);
    return d;
  }
  if (isNamedtuple(instance)) return call(typeOf(instance), items.slice(), null);
  if (instance instanceof PyTuple) return new PyTuple(items.slice());
  return new PyList(items.slice());
}

function packSequenceAs(structure: PyValue, flat: PyValue): PyValue {
  if (!isNested(flat)) {
    throw typeError(`Attempted to pack value:\n  ${str(flat)}\ninto a structure, but found incompatible type \`${repr(typeOf(flat))}\` instead.`);
  }
  const items = children(flat);
  if (!isNested(structure)) {
    if (items.length !== 1) {
      throw valueError(
        `The target structure is of type \`${repr(typeOf(structure))}\`\n  ${str(structure)}\nHowever the input is a sequence (${repr(typeOf(flat))}) of length ${items.length}.\n  ${str(flat)}\nnest cannot guarantee that it is safe to map one to the other.`,
      );
    }
    return items[0];
  }
  const atoms = flatten(structure).length;
  if (atoms !== items.length) {
    throw valueError(`Could not pack sequence. Structure had ${atoms} atoms, but flat_sequence had ${items.length} items.  Structure: ${str(structure)}, flat_sequence: ${str(flat)}.`);
  }
  let next = 0;
  const build = (v: PyValue): PyValue => (isNested(v) ? sequenceLike(v, children(v).map(build)) : items[next++]);
  return build(structure);
}

/** util.cc's PyObjectToString. */
const describe = (v: PyValue): string => `type=${typeOf(v).name} str=${str(v)}`;

/** The first difference between two structures as [message, is TypeError], or null. */
function difference(a: PyValue, b: PyValue, checkTypes: boolean): [string, boolean] | null {
  const nestedA = isNested(a);
  if (nestedA !== isNested(b)) {
    const [seq, leaf] = nestedA ? [a, b] : [b, a];
    return [`Substructure "${describe(seq)}" is a sequence, while substructure "${describe(leaf)}" is not`, false];
  }
  if (!nestedA) return null;
  if (checkTypes) {
    const ta = typeOf(a);
    const tb = typeOf(b);
    const sameNamedtuples = isNamedtuple(a) && isNamedtuple(b) && ta.name === tb.name && fieldsOf(a).join() === fieldsOf(b).join();
    if (ta !== tb && !sameNamedtuples) {
      return [`The two namedtuples don't have the same sequence type. First structure ${describe(a)} has type ${ta.name}, while second structure ${describe(b)} has type ${tb.name}`, true];
    }
    if (a instanceof PyDict && b instanceof PyDict) {
      const ka = sortedKeys(a);
      const kb = sortedKeys(b);
      if (ka.length !== kb.length || ka.some((k, i) => !isTruthy(compareOp('Eq', k, kb[i])))) {
        return [`The two dictionaries don't have the same set of keys. First structure has keys ${describe(new PyList(ka))}, while second structure has keys ${describe(new PyList(kb))}`, false];
      }
    }
  }
  const ca = children(a);
  const cb = children(b);
  if (ca.length !== cb.length) return [`The two structures don't have the same number of elements. First structure: ${describe(a)}. Second structure: ${describe(b)}`, false];
  for (let i = 0; i < ca.length; i++) {
    const d = difference(ca[i], cb[i], checkTypes);
    if (d) return d;
  }
  return null;
}

/** str() of the structure with every leaf shown as '.', as nest_util does in its errors. */
function dots(v: PyValue): string {
  if (!isNested(v)) return '.';
  if (v instanceof PyDict) return `{${[...v.storage.entries()].map(([k, x]) => `${repr(k)}: ${dots(x)}`).join(', ')}}`;
  const parts = (v as PyList | PyTuple).items.map(dots);
  if (isNamedtuple(v)) {
    const fields = fieldsOf(v);
    return `${typeOf(v).name}(${parts.map((p, i) => `${fields[i]}=${p}`).join(', ')})`;
  }
  if (v instanceof PyTuple) return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  return `[${parts.join(', ')}]`;
}

/** nest.assert_same_structure: TF's ValueError (TypeError for a type mismatch) with its full text. */
export function assertSameStructure(a: PyValue, b: PyValue, checkTypes: boolean): void {
  const d = difference(a, b, checkTypes);
  if (!d) return;
  const message =
    `The two structures don't have the same nested structure.\n\nFirst structure: ${describe(a)}\n\nSecond structure: ${describe(b)}\n\nMore specifically: ${d[0]}` +
    `\nEntire first structure:\n${dots(a)}\nEntire second structure:\n${dots(b)}`;
  throw d[1] ? typeError(message) : valueError(message);
}

const flattenParams = pyParams('flatten', ['structure', 'expand_composites'], { expand_composites: false });
const packParams = pyParams('pack_sequence_as', ['structure', 'flat_sequence', 'expand_composites'], { expand_composites: false });
const isNestedParams = pyParams('is_nested', ['seq'], {});
const assertParams = pyParams('assert_same_structure', ['nest1', 'nest2', 'check_types', 'expand_composites'], { check_types: true, expand_composites: false });

function mapStructure(args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length === 0) throw typeError("map_structure() missing 1 required positional argument: 'func'");
  const [func, ...structures] = args;
  if (structures.length === 0) throw valueError('Must provide at least one structure');
  let checkTypes = true;
  for (const [k, v] of kwargs ?? []) {
    if (k === 'check_types') checkTypes = isTruthy(v);
    else if (k !== 'expand_composites') throw valueError(`Only valid keyword arguments are \`check_types\` and \`expand_composites\`, not: \`${k}\``);
  }
  for (const other of structures.slice(1)) assertSameStructure(structures[0], other, checkTypes);
  const flats = structures.map((s) => flatten(s));
  const results = flats[0].map((_, i) => call(func, flats.map((f) => f[i]), null));
  return packSequenceAs(structures[0], new PyList(results));
}

export function installNestExtras(tf: PyModule): void {
  const nest = new PyModule('tensorflow._api.v2.nest');
  addFunctions(nest, {
    flatten: (args, kwargs) => new PyList(flatten(flattenParams(args, kwargs).structure)),
    pack_sequence_as: (args, kwargs) => {
      const p = packParams(args, kwargs);
      return packSequenceAs(p.structure, p.flat_sequence);
    },
    is_nested: (args, kwargs) => isNested(isNestedParams(args, kwargs).seq),
    assert_same_structure: (args, kwargs) => {
      const p = assertParams(args, kwargs);
      assertSameStructure(p.nest1, p.nest2, isTruthy(p.check_types));
      return null;
    },
    map_structure: mapStructure,
  });
  tf.dict.set('nest', nest);
}
