// The abc, tempfile and shutil modules, written in Python (py/abc-files.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { abcSource, shutilSource, tempfileSource } from './py/abc-files.js';

registerBuiltinModule('abc', () => pythonModule('abc', abcSource));
registerBuiltinModule('tempfile', () => pythonModule('tempfile', tempfileSource));
registerBuiltinModule('shutil', () => pythonModule('shutil', shutilSource));
