// The copy module, written in Python (py/copy.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { copySource } from './py/copy.js';

registerBuiltinModule('copy', () => pythonModule('copy', copySource));
