// tf.strings.to_hash_bucket_fast (Fingerprint64 of each string modulo the bucket count), its legacy
// and keyed variants to_hash_bucket (TF's Hash64) and to_hash_bucket_strong (SipHash-2-4), and
// tf.fingerprint (per row of the first axis, eight little-endian bytes of Fingerprint64: of the
// row's raw bytes for numbers; for strings, of each string, then of those fingerprints when a row
// holds several).
import type { PyValue } from '../../interpreter/objects/core.js';
import { pyParams } from '../../interpreter/builtins/define.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { asIndex } from '../../interpreter/ops/convert.js';
import { dtypes } from '../dtypes.js';
import { Tensor, tensorFromValues } from '../tensor.js';
import { toTensor } from '../convert.js';
import { backendOfStorage } from '../backend/devices.js';
import { kernelError } from '../ops/shape-errors.js';
import type { Fn } from '../tf-api/shape-args.js';
import { fingerprint64 } from './farmhash.js';
import { sipHash24, tfHash64 } from './keyed-hashes.js';
import { intList } from '../tf-api/shape-args.js';
import { stringsOf } from './string-tensor.js';
import { stringInput } from './strings-api.js';

const P = {
  bucket: pyParams('to_hash_bucket_fast', ['input', 'num_buckets', 'name'], { name: null }),
  legacy: pyParams('to_hash_bucket', ['input', 'num_buckets', 'name'], { name: null }),
  strong: pyParams('to_hash_bucket_strong', ['input', 'num_buckets', 'key', 'name'], { name: null }),
  fingerprint: pyParams('fingerprint', ['data', 'method', 'name'], { method: 'farmhash64', name: null }),
};

/** Fingerprint64 as its eight little-endian bytes. */
function fingerprintBytes(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, fingerprint64(b), true);
  return out;
}

function bucketize(x: Tensor, buckets: number, op: string, hash: (b: Uint8Array) => bigint): Tensor {
  if (buckets <= 0) throw kernelError(op, '`num_buckets` must be positive');
  const n = BigInt(buckets);
  return tensorFromValues(BigInt64Array.from(stringsOf(x), (b) => hash(b) % n), x.shape, dtypes.int64, x.device);
}

function fingerprint(data: Tensor, method: string): Tensor {
  if (method !== 'farmhash64') throw valueError(`Unsupported fingerprint method: ${method}`);
  if (data.rank === 0) throw kernelError('Fingerprint', 'Input must be at least 1-D.');
  const rows = data.shape[0];
  const out = new Uint8Array(rows * 8);
  if (data.dtype === dtypes.string) {
    const strings = stringsOf(data);
    const perRow = rows === 0 ? 0 : strings.length / rows;
    for (let r = 0; r < rows; r++) {
      const prints = strings.slice(r * perRow, (r + 1) * perRow).map(fingerprintBytes);
      const joined = new Uint8Array(prints.length * 8);
      prints.forEach((p, i) => joined.set(p, i * 8));
      out.set(perRow === 1 ? prints[0] : fingerprintBytes(joined), r * 8);
    }
  } else {
    const bytes = new Uint8Array(backendOfStorage(data.storage).toBytes(data.storage));
    const rowBytes = rows === 0 ? 0 : bytes.length / rows;
    for (let r = 0; r < rows; r++) out.set(fingerprintBytes(bytes.subarray(r * rowBytes, (r + 1) * rowBytes)), r * 8);
  }
  return tensorFromValues(out, [rows, 8], dtypes.uint8, data.device);
}

export const hashStringFns: Record<string, Fn> = {
  to_hash_bucket_fast: (a, k) => {
    const p = P.bucket(a, k);
    return bucketize(stringInput(p.input, 'StringToHashBucketFast'), asIndex(p.num_buckets), 'StringToHashBucketFast', fingerprint64);
  },
  to_hash_bucket: (a, k) => {
    const p = P.legacy(a, k);
    return bucketize(stringInput(p.input, 'StringToHashBucket'), asIndex(p.num_buckets), 'StringToHashBucket', (b) => tfHash64(b));
  },
  to_hash_bucket_strong: (a, k) => {
    const p = P.strong(a, k);
    const key = intList(p.key).map((v) => BigInt.asUintN(64, BigInt(v)));
    if (key.length !== 2) throw valueError(`Key must have 2 elements, got ${key.length}`);
    return bucketize(stringInput(p.input, 'StringToHashBucketStrong'), asIndex(p.num_buckets), 'StringToHashBucketStrong', (b) => sipHash24(key[0], key[1], b));
  },
};

export const fingerprintFns: Record<string, Fn> = {
  fingerprint: (a, k) => {
    const p = P.fingerprint(a, k);
    return fingerprint(toTensor(p.data as PyValue), String(p.method));
  },
};
