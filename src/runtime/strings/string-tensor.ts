// String tensors. TF strings are byte strings and have no native representation, so a string
// tensor is an ordinary Tensor (dtype tf.string) whose storage is a StringStorage: its elements,
// one Uint8Array each, in C order, host-side. Code that copies a tensor by its storage
// (`new Tensor(t.storage, ...)`) keeps the strings; no native kernel ever sees this storage
// because runOp sends every op with a string operand to string-ops.ts first.
import type { NativeStorage } from '../native/binding.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { currentDevice } from '../device.js';

class StringStorage implements NativeStorage {
  readonly byteLength = 0;
  readonly device = 'CPU:0';
  constructor(readonly strings: readonly Uint8Array[]) {}
}

export const isStringTensor = (t: Tensor): boolean => t.storage instanceof StringStorage;

/** The elements of a string tensor. */
export const stringsOf = (t: Tensor): readonly Uint8Array[] => (t.storage as StringStorage).strings;

/** Makes a string tensor; it stays an ordinary Tensor in every other respect. */
export class StringTensor extends Tensor {
  constructor(strings: readonly Uint8Array[], shape: readonly number[], device: string = currentDevice()) {
    super(new StringStorage(strings), shape.slice(), dtypes.string, device);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** A Python str as TF stores it: UTF-8 bytes. */
export const utf8 = (s: string): Uint8Array => encoder.encode(s);
export const fromUtf8 = (b: Uint8Array): string => decoder.decode(b);

/** The elements a printer needs: bytes for strings, numbers otherwise. */
export function printValuesOf(t: Tensor): ArrayLike<number | bigint | Uint8Array> {
  return isStringTensor(t) ? stringsOf(t) : t.values();
}

/** One JS string per element that compares equal exactly when the bytes do (for Map keys). */
export const byteKeys = (t: Tensor): string[] => stringsOf(t).map((b) => Buffer.from(b).toString('latin1'));
