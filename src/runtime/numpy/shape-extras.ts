// numpy array functions beyond the basics: copies, inserts and deletes, diagonals and triangles, axis moves, splits, index helpers (owned by the shape-extras work)
import type { PyValue } from '../../interpreter/objects/core.js';
import type { Kwargs } from '../../interpreter/ops/call.js';
import { editFunctions } from './shape-extras-edit.js';
import { axisFunctions } from './shape-extras-axes.js';
import { diagFunctions } from './shape-extras-diag.js';
import { indexFunctions } from './shape-extras-index.js';
import { gridObjects } from './shape-extras-grid.js';
import { typeFunctions } from './shape-extras-types.js';
import { callableFunctions } from './shape-extras-callables.js';
import { methodFunctions } from './shape-extras-method-functions.js';

export const shapeExtraFunctions: Record<string, (args: PyValue[], kwargs: Kwargs) => PyValue> = {
  ...editFunctions,
  ...axisFunctions,
  ...diagFunctions,
  ...indexFunctions,
  ...typeFunctions,
  ...callableFunctions,
  ...methodFunctions,
};

/** Non-function attributes of the numpy module (np.mgrid, np.ogrid). */
export const shapeExtraValues: Record<string, PyValue> = { ...gridObjects };
