// Copies at device boundaries: an op's inputs are brought to the memory of the backend its kernel
// runs on (upload or download). A tensor is immutable, so the copy is kept as its mirror on that
// backend (as TF's TensorHandle keeps mirrors) and reused by later ops.
import { Tensor } from '../tensor.js';
import { Backend, Storage } from './backend.js';
import { hostStorage } from './devices.js';

const mirrors = new WeakMap<Tensor, Storage>();

/** t's storage in `be`'s memory (t's own when it already lives there). */
function storageOn(t: Tensor, be: Backend): Storage {
  const s = t.storage;
  if (s.device === be.storageDevice) return s;
  const cached = mirrors.get(t);
  if (cached && cached.device === be.storageDevice) return cached;
  const copy = be.fromHost(hostStorage(s));
  mirrors.set(t, copy);
  return copy;
}

/** The inputs as the kernel sees them: same tensors where they already live on `be`, else
 *  stand-ins over their copies (same shape, dtype and device label). */
export function inputsOn(inputs: readonly Tensor[], be: Backend): readonly Tensor[] {
  let out: Tensor[] | null = null;
  for (let i = 0; i < inputs.length; i++) {
    const t = inputs[i];
    if (t.storage.device === be.storageDevice) continue;
    out ??= inputs.slice();
    out[i] = new Tensor(storageOn(t, be), t.shape, t.dtype, t.device);
  }
  return out ?? inputs;
}
