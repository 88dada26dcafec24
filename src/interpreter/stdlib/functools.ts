// The functools module, written in Python (py/functools.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { functoolsSource } from './py/functools.js';

registerBuiltinModule('functools', () => pythonModule('functools', functoolsSource));
