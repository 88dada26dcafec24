// The csv module, written in Python (py/csv.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { csvSource } from './py/csv.js';

registerBuiltinModule('csv', () => pythonModule('csv', csvSource));
