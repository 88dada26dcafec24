// The keyword module: Python 3.11's keyword and soft-keyword lists.
import { PyList } from '../objects/values.js';
import { checkArity } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';

const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
const SOFT_KEYWORDS = ['_', 'case', 'match'];
const keywordSet = new Set(KEYWORDS);
const softSet = new Set(SOFT_KEYWORDS);

registerBuiltinModule('keyword', () =>
  makeModule(
    'keyword',
    {
      iskeyword: (args) => {
        checkArity('iskeyword', args, 1, 1);
        return typeof args[0] === 'string' && keywordSet.has(args[0]);
      },
      issoftkeyword: (args) => {
        checkArity('issoftkeyword', args, 1, 1);
        return typeof args[0] === 'string' && softSet.has(args[0]);
      },
    },
    { kwlist: new PyList(KEYWORDS.slice()), softkwlist: new PyList(SOFT_KEYWORDS.slice()) },
  ),
);
