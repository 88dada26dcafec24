// Registers the builtin stdlib modules (each is created only when first imported).
import './math.js';
import './sys.js';
import './time.js';
import './timeit.js';
import './os.js';
import './random.js';
import './itertools.js';
import './operator.js';
import './keyword.js';
import './collections.js';
import './functools.js';
import './io-file.js';
import './json.js';
import './re.js';
import './copy.js';
import './string.js';
import './glob.js';
