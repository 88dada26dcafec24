// The operator module, written in Python (py/operator.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { builtinsDict } from '../builtins/registry.js';
import { pythonModule } from './module-helpers.js';
import { operatorSource } from './py/operator.js';

// The module's own `abs` shadows the builtin, so the builtin is handed in as `_abs`.
registerBuiltinModule('operator', () => pythonModule('operator', operatorSource, { _abs: builtinsDict.get('abs')! }));
