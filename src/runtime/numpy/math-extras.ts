// numpy elementwise math, nan-aware reductions, set operations and searching (owned by the math-extras work)
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { elementwiseExtraFunctions } from './math-extras-elementwise.js';
import { quantileFunctions } from './math-extras-quantile.js';
import { nanFunctions } from './math-extras-nan.js';
import { partitionFunctions } from './math-extras-partition.js';
import { setFunctions } from './math-extras-sets.js';
import { spaceFunctions } from './math-extras-spaces.js';

export const mathExtraFunctions: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue> = {
  ...elementwiseExtraFunctions,
  ...quantileFunctions,
  ...nanFunctions,
  ...partitionFunctions,
  ...setFunctions,
  ...spaceFunctions,
};
