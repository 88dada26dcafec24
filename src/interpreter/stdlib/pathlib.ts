// The pathlib module, written in Python (py/pathlib.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { pathlibSource } from './py/pathlib.js';

registerBuiltinModule('pathlib', () => pythonModule('pathlib', pathlibSource));
