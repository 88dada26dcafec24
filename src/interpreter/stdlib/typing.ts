// The typing module, written in Python (py/typing.ts).
import { registerBuiltinModule } from '../modules/loader.js';
import { pythonModule } from './module-helpers.js';
import { typingSource } from './py/typing.js';

registerBuiltinModule('typing', () => pythonModule('typing', typingSource));
