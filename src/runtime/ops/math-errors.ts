// Turns the native kernels' data-dependent failures into TF's InvalidArgumentError texts.
import { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { invalidArgument, tfErrorTypes } from '../errors.js';
import { CPU_DEVICE } from '../device.js';

/** Runs a kernel; a native "Integer division by zero" becomes TF's error for `op`. */
export function withIntegerDivisionCheck<T>(op: string, kernel: () => T): T {
  try {
    return kernel();
  } catch (e) {
    if (e instanceof RangeError && e.message === 'Integer division by zero') {
      const where = `{{function_node __wrapped__${op}_device_${CPU_DEVICE}}}`;
      // TF's truncating kernels have no zero check of their own and report this generic failure.
      if (op === 'TruncateDiv' || op === 'TruncateMod') {
        throw new PyBaseException(tfErrorTypes.InternalError, [
          `${where} Unexpected error in binary operator (only integer div and mod should have errors) [Op:${op}] name: `,
        ]);
      }
      throw invalidArgument(`{{function_node __wrapped__${op}_device_${CPU_DEVICE}}} Integer division by zero`, op);
    }
    throw e;
  }
}
