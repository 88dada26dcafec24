// TF's eager error texts for shape ops: the kernel message wrapped in `{{function_node …}}`, then
// `[Op:Name]` and, for ops the Python layer names (strided_slice, …), ` name: <name>`.
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';

/** `name` null: TF wrote no name (ops called without one, e.g. Slice); '' prints ` name: `. */
/** `wrapped`: the kernel's name in the function_node prefix where TF specialises it (ConcatV2_N_2). */
export function kernelError(opName: string, message: string, name: string | null = '', wrapped = opName): PyBaseException {
  const suffix = name === null ? '' : ` name: ${name}`;
  return new PyBaseException(tfErrorTypes.InvalidArgumentError, [
    `{{function_node __wrapped__${wrapped}_device_${CPU_DEVICE}}} ${message} [Op:${opName}]${suffix}`,
  ]);
}

/** An error raised before the kernel runs (shape functions): no function_node prefix. */
export function opError(opName: string, message: string, name: string | null = ''): PyBaseException {
  const suffix = name === null ? '' : ` name: ${name}`;
  return new PyBaseException(tfErrorTypes.InvalidArgumentError, [`${message} [Op:${opName}]${suffix}`]);
}

/** The output-shape check of ops that take a shape (Fill, random ops): TF's kernel error for the
 *  first negative dimension. */
export function checkNonNegativeDims(opName: string, shape: readonly number[]): void {
  const bad = shape.find((d) => d < 0);
  if (bad !== undefined) throw kernelError(opName, `Dimension ${bad} must be >= 0`);
}
