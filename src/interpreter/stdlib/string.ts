// The string module, written in Python (py/string.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { stringSource } from './py/string.js';

registerBuiltinModule('string', () => pythonModule('string', stringSource));
