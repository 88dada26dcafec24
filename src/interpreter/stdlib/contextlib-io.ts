// The contextlib and io modules, written in Python (py/contextlib-io.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { contextlibSource, ioSource } from './py/contextlib-io.js';

registerBuiltinModule('contextlib', () => pythonModule('contextlib', contextlibSource));
registerBuiltinModule('io', () => pythonModule('io', ioSource));
