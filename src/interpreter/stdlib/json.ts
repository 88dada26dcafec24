// The json module: dumps/dump/loads/load with CPython's options and output, JSONDecodeError, and
// a JSONEncoder class whose default() Python subclasses override.
import { PyType, PyValue, objectType } from '../objects/core.js';
import { typeError } from '../objects/exceptions.js';
import { PyFunction, PyModule } from '../objects/function.js';
import { PyBytes } from '../objects/bytes.js';
import { PyInstance } from '../objects/values.js';
import { asIndex } from '../ops/convert.js';
import { call, callMethod, Kwargs } from '../ops/call.js';
import { getAttr } from '../ops/attr.js';
import { iterToArray } from '../ops/iter.js';
import { isTruthy } from '../ops/truth.js';
import { typeOf } from '../ops/typeof.js';
import { defineMethod, pyParams } from '../builtins/define.js';
import { registerBuiltinModule } from '../modules/loader.js';
import { makeModule } from './module-helpers.js';
import { encode, EncodeOptions } from './json-encode.js';
import { decode, jsonDecodeErrorType } from './json-decode.js';

const ENCODER_OPTIONS = ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'sort_keys', 'indent', 'separators', 'default'];
const encoderDefaults: Record<string, PyValue> = {
  skipkeys: false, ensure_ascii: true, check_circular: true, allow_nan: true, sort_keys: false, indent: null, separators: null, default: null,
};

function encodeOptions(p: Record<string, PyValue>, defaultFn: PyValue): EncodeOptions {
  let indent: string | null = null;
  if (p.indent !== null) {
    if (typeof p.indent === 'string') indent = p.indent;
    else indent = ' '.repeat(Math.max(0, asIndex(p.indent)));
  }
  let itemSeparator = indent === null ? ', ' : ',';
  let keySeparator = ': ';
  if (p.separators !== null) {
    const seps = iterToArray(p.separators);
    if (seps.length !== 2) throw typeError(`too many values to unpack (expected 2)`);
    [itemSeparator, keySeparator] = seps as [string, string];
  }
  return {
    skipkeys: isTruthy(p.skipkeys),
    ensureAscii: isTruthy(p.ensure_ascii),
    checkCircular: isTruthy(p.check_circular),
    allowNan: isTruthy(p.allow_nan),
    sortKeys: isTruthy(p.sort_keys),
    indent,
    itemSeparator,
    keySeparator,
    default: defaultFn,
  };
}

// JSONEncoder: options live in the instance dict so Python subclasses can read and override them.
const jsonEncoderType = new PyType('JSONEncoder', [objectType], 'json.encoder');
const encoderInit = pyParams('JSONEncoder', [], encoderDefaults, ENCODER_OPTIONS);
jsonEncoderType.construct = (cls, args, kwargs) => {
  const self = new PyInstance(cls);
  const init = cls.lookup('__init__');
  if (init instanceof PyFunction) call(init, [self, ...args], kwargs);
  else initEncoder(self, args, kwargs);
  return self;
};
function initEncoder(self: PyInstance, args: PyValue[], kwargs: Kwargs): void {
  const p = encoderInit(args, kwargs);
  // As CPython: `default` becomes an instance attribute only when given, so that a subclass's
  // default() method is not shadowed.
  for (const k of ENCODER_OPTIONS) if (k !== 'default' || p[k] !== null) self.dict.set(k, p[k]);
}
defineMethod(jsonEncoderType, '__init__', (self, args, kwargs) => {
  initEncoder(self as PyInstance, args, kwargs);
  return null;
});
defineMethod(jsonEncoderType, 'default', (_self, args) => {
  throw typeError(`Object of type ${typeOf(args[0]).name} is not JSON serializable`);
});
defineMethod(jsonEncoderType, 'encode', (self, args) => {
  const inst = self as PyInstance;
  const p: Record<string, PyValue> = {};
  for (const k of ENCODER_OPTIONS) p[k] = inst.dict.get(k) ?? encoderDefaults[k];
  return encode(args[0], encodeOptions(p, getAttr(self, 'default')));
});

const dumpsParams = pyParams('dumps', ['obj'], { ...encoderDefaults, cls: null }, [...ENCODER_OPTIONS, 'cls']);
const dumpParams = pyParams('dump', ['obj', 'fp'], { ...encoderDefaults, cls: null }, [...ENCODER_OPTIONS, 'cls']);

function dumpsWith(p: Record<string, PyValue>): string {
  if (p.cls === null) return encode(p.obj, encodeOptions(p, p.default));
  const kwargs = new Map<string, PyValue>();
  for (const k of ENCODER_OPTIONS) if (p[k] !== encoderDefaults[k]) kwargs.set(k, p[k]);
  const encoder = call(p.cls, [], kwargs.size ? kwargs : null);
  const text = callMethod(encoder, 'encode', [p.obj], null);
  return text as string;
}

const loadsParams = pyParams('loads', ['s'], { cls: null, object_hook: null, parse_float: null, parse_int: null, parse_constant: null, object_pairs_hook: null }, ['cls', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook']);
const loadParams = pyParams('load', ['fp'], { cls: null, object_hook: null, parse_float: null, parse_int: null, parse_constant: null, object_pairs_hook: null }, ['cls', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook']);

function loadsWith(s: PyValue, p: Record<string, PyValue>): PyValue {
  let text: string;
  if (typeof s === 'string') text = s;
  else if (s instanceof PyBytes) text = Buffer.from(s.data).toString('utf8');
  else throw typeError(`the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  return decode(text, { objectHook: p.object_hook, objectPairsHook: p.object_pairs_hook, parseFloat: p.parse_float, parseInt: p.parse_int });
}

registerBuiltinModule('json', () => {
  const m = makeModule(
    'json',
    {
      dumps: (args, kwargs) => dumpsWith(dumpsParams(args, kwargs)),
      dump: (args, kwargs) => {
        const p = dumpParams(args, kwargs);
        callMethod(p.fp, 'write', [dumpsWith(p)], null);
        return null;
      },
      loads: (args, kwargs) => {
        const p = loadsParams(args, kwargs);
        return loadsWith(p.s, p);
      },
      load: (args, kwargs) => {
        const p = loadParams(args, kwargs);
        return loadsWith(callMethod(p.fp, 'read', [], null), p);
      },
    },
    { JSONDecodeError: jsonDecodeErrorType, JSONEncoder: jsonEncoderType },
  );
  const decoder = new PyModule('json.decoder');
  decoder.dict.set('JSONDecodeError', jsonDecodeErrorType);
  m.dict.set('decoder', decoder);
  const encoderModule = new PyModule('json.encoder');
  encoderModule.dict.set('JSONEncoder', jsonEncoderType);
  m.dict.set('encoder', encoderModule);
  return m;
});
