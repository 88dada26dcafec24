/** Public surface of the printing layer (numpy/TF-exact texts for tensors and values). */
export { formatNdarrayRepr, formatNdarrayStr } from './ndarray-text.js';
export { formatNumpyScalarRepr, formatNumpyScalarStr, formatPythonItemRepr } from './numpy-scalar.js';
export { tensorNumpyRepr, tensorRepr, tensorStr, variableRepr } from './tensor-text.js';
export { dtypeRepr, dtypeStr, shapeStr, tensorShapeRepr } from './shape-text.js';
export type { Dim } from './shape-text.js';
export type { PrintDType, PrintElement, PrintValues } from './dtypes.js';
export { pyBytesRepr } from './bytes-repr.js';
export { formatPositional, formatScientific } from './dragon4-format.js';
export { roundToBfloat16, roundToFloat16 } from './float-kinds.js';
export { DEFAULT_PRINT_OPTIONS, printOptions } from './print-options.js';
export type { PrintOptions } from './print-options.js';
