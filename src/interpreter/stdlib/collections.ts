// The collections module, written in Python (py/collections.ts).
import type { PyValue } from '../objects/core.js';
import { binaryOp } from '../ops/arith.js';
import { getItem, setItem } from '../ops/items.js';
import { getIterator } from '../ops/iter.js';
import { builtinFunction, checkArity } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { collectionsSource } from './py/collections.js';
import { dequeType } from './deque.js';

/** Counter's inner loop (CPython has it in C too): mapping[elem] = mapping[elem] + 1 for each
 *  element, where a missing key reads as 0 through Counter.__missing__. */
const countElements = builtinFunction('_count_elements', (args) => {
  checkArity('_count_elements', args, 2, 2);
  const [mapping, iterable] = args;
  const it = getIterator(iterable);
  for (let elem: PyValue | undefined = it.next(); elem !== undefined; elem = it.next()) {
    setItem(mapping, elem, binaryOp('Add', getItem(mapping, elem), 1));
  }
  return null;
});

registerBuiltinModule('collections', () => pythonModule('collections', collectionsSource, { _count_elements: countElements, deque: dequeType }));
