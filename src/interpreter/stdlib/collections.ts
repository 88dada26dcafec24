// The collections module, written in Python (py/collections.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { collectionsSource } from './py/collections.js';

registerBuiltinModule('collections', () => pythonModule('collections', collectionsSource));
