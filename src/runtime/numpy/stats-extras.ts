// numpy statistics and contractions: einsum, tensordot, histogram, cov, interp, polynomials (owned by the stats-extras work)
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { einsum } from './stats-extras-einsum.js';
import { productFunctions } from './stats-extras-products.js';
import { signalFunctions } from './stats-extras-signal.js';
import { histogramFunctions } from './stats-extras-histogram.js';
import { histogram2dFunctions } from './stats-extras-histogram2d.js';
import { calculusFunctions } from './stats-extras-calculus.js';
import { covFunctions } from './stats-extras-cov.js';
import { polyfitFunctions } from './stats-extras-polyfit.js';

export const statsExtraFunctions: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue> = {
  einsum,
  ...productFunctions,
  ...signalFunctions,
  ...histogramFunctions,
  ...histogram2dFunctions,
  ...calculusFunctions,
  ...covFunctions,
  ...polyfitFunctions,
};
