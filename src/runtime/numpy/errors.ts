// numpy's own exception classes, printed with their module path at top level as numpy's are.
import { PyType } from '../../interpreter/objects/core.js';
import { excType, PyBaseException } from '../../interpreter/objects/exceptions.js';

const MODULE = 'numpy._core._exceptions';
const ufuncTypeError = new PyType('UFuncTypeError', [excType('TypeError')], MODULE);
const outputCastingError = new PyType('_UFuncOutputCastingError', [ufuncTypeError], MODULE);
const noLoopError = new PyType('_UFuncNoLoopError', [ufuncTypeError], MODULE);
export const axisErrorType = new PyType('AxisError', [excType('ValueError'), excType('IndexError')], 'numpy.exceptions');

export function outputCastingErrorFor(ufunc: string, from: string, to: string): PyBaseException {
  return new PyBaseException(outputCastingError, [
    `Cannot cast ufunc '${ufunc}' output from dtype('${from}') to dtype('${to}') with casting rule 'same_kind'`,
  ]);
}

export function noLoopErrorFor(ufunc: string, dtypes: string[]): PyBaseException {
  const parts = dtypes.map((d) => `dtype('${d}')`).join(', ');
  return new PyBaseException(noLoopError, [`ufunc '${ufunc}' did not contain a loop with signature matching types (${parts}) -> None`]);
}

/** numpy's AxisError text: `axis 2 is out of bounds for array of dimension 2`. */
export function axisError(axis: number, ndim: number): PyBaseException {
  return new PyBaseException(axisErrorType, [`axis ${axis} is out of bounds for array of dimension ${ndim}`]);
}

/** A negative axis counted from the end, checked against ndim. */
export function normalizeAxis(axis: number, ndim: number): number {
  if (axis < -ndim || axis >= ndim) throw axisError(axis, ndim);
  return axis < 0 ? axis + ndim : axis;
}
