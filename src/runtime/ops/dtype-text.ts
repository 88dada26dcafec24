// TF's C++ names for dtypes (DataTypeString), used in op error messages: float32 is "float".
import type { DType } from '../dtypes.js';

const CPP_NAMES: Record<string, string> = { float32: 'float', float64: 'double', float16: 'half' };

export const cppDtypeName = (d: DType): string => CPP_NAMES[d.name] ?? d.name;

/** "[2,3]" as TF's shape debug strings write shapes. */
export const shapeDebug = (shape: readonly number[]): string => `[${shape.join(',')}]`;
