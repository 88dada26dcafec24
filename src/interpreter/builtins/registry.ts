// The `builtins` namespace every frame falls back to. Filled by builtins/index.ts at start-up.
import type { PyValue } from '../objects/core.js';

export const builtinsDict = new Map<string, PyValue>();
