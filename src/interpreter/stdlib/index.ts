// Registers the builtin stdlib modules (each is created only when first imported).
import './math.js';
import './sys.js';
import './time.js';
import './timeit.js';
import './os.js';
import './random.js';
