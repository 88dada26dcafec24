// tf.strings.as_string and tf.strings.to_number: TF's AsString (a printf format built from the
// arguments, checked in TF's order) and StringToNumber (absl's strict parsers: surrounding
// whitespace allowed; floats take nan/inf and hex; integers decimal digits only, range-checked).
import { DType, dtypes } from '../dtypes.js';
import { invalidArgument } from '../errors.js';
import { kernelError } from '../ops/shape-errors.js';
import { cppDtypeName } from '../ops/dtype-text.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { formatBytes, formatFloat, formatInt, PrintfSpec } from './printf-format.js';
import { fromUtf8, utf8, StringTensor, isStringTensor, stringsOf } from './string-tensor.js';

interface AsStringOptions {
  precision: number;
  scientific: boolean;
  shortest: boolean;
  width: number;
  fill: string;
}

const asStringError = (message: string) => kernelError('AsString', message);

export function asString(x: Tensor, o: AsStringOptions): Tensor {
  const isFloat = x.dtype.isFloating;
  const isString = isStringTensor(x);
  if (!isFloat && !isString) {
    if (o.scientific || o.shortest) throw asStringError(`scientific and shortest format not supported for datatype ${cppDtypeName(x.dtype)}`);
    if (o.precision > -1) throw asStringError(`precision not supported for datatype ${cppDtypeName(x.dtype)}`);
  }
  if (o.fill.length > 1) throw asStringError('Fill string must be one or fewer characters');
  if (o.scientific && o.shortest) throw asStringError('Cannot select both scientific and shortest notation');
  if (o.fill !== '' && !' +-0#'.includes(o.fill)) throw asStringError(`Fill argument not supported: "${o.fill}"`);
  const spec: PrintfSpec = { flag: o.fill, width: o.width, precision: o.precision };
  if (isString) return new StringTensor(stringsOf(x).map((b) => formatBytes(b, spec)), x.shape, x.device);
  const values = x.values();
  const conv = o.shortest ? 'g' : o.scientific ? 'e' : 'f';
  const out: Uint8Array[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let text: string;
    if (x.dtype.name === 'bool') text = v ? 'true' : 'false'; // TF ignores width and fill for bools
    else if (isFloat) text = formatFloat(Number(v), conv, spec);
    else text = formatInt(v as number | bigint, spec);
    out[i] = utf8(text);
  }
  return new StringTensor(out, x.shape, x.device);
}

const OUT_TYPES = ['float32', 'float64', 'int32', 'int64', 'uint32', 'uint64'];

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const HEX = /^([+-]?)0[xX]([0-9a-fA-F]+)$/;
const SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;
const INTEGER = /^[+-]?\d+$/;

function parseFloatText(s: string): number | null {
  if (DECIMAL.test(s)) return Number(s);
  const hex = HEX.exec(s);
  if (hex) return (hex[1] === '-' ? -1 : 1) * Number(BigInt('0x' + hex[2]));
  const special = SPECIAL.exec(s);
  if (special) return special[2].toLowerCase() === 'nan' ? NaN : special[1] === '-' ? -Infinity : Infinity;
  return null;
}

const RANGES: Record<string, [bigint, bigint]> = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
};

export function toNumber(x: Tensor, outType: DType): Tensor {
  if (!OUT_TYPES.includes(outType.name)) {
    throw invalidArgument(
      `Value for attr 'out_type' of ${cppDtypeName(outType)} is not in the list of allowed values: float, double, int32, int64, uint32, uint64\n\t; NodeDef: {{node StringToNumber}}; Op<name=StringToNumber; signature=string_tensor:string -> output:out_type; attr=out_type:type,default=DT_FLOAT,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_UINT32, DT_UINT64]>`,
      'StringToNumber',
    );
  }
  const floating = outType.isFloating;
  const out: (number | bigint)[] = stringsOf(x).map((b) => {
    const text = fromUtf8(b);
    const s = text.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
    const fail = () => kernelError('StringToNumber', `StringToNumberOp could not correctly convert string: ${text}`);
    if (floating) {
      const v = parseFloatText(s);
      if (v === null) throw fail();
      return outType === dtypes.float32 ? Math.fround(v) : v;
    }
    if (!INTEGER.test(s)) throw fail();
    const v = BigInt(s);
    const [lo, hi] = RANGES[outType.name];
    if (v < lo || v > hi) throw fail();
    return outType.is64Bit ? v : Number(v);
  });
  return tensorFromValues(out as number[], x.shape, outType, x.device);
}
