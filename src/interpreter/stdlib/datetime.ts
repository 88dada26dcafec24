// The datetime module, written in Python (py/datetime.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { datetimeSource } from './py/datetime.js';

registerBuiltinModule('datetime', () => pythonModule('datetime', datetimeSource));
