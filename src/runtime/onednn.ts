// Whether TensorFlow runs its oneDNN ("MKL") kernels on this machine, decided as TF 2.21 decides
// it (IsMKLEnabled): TF_ENABLE_ONEDNN_OPTS when set ("1"/"true" or "0"/"false"), else on for Linux
// x86 CPUs with neural-network features (AVX512_VNNI, AVX512_BF16, AVX_VNNI or AMX) and off
// otherwise. It changes what TF prints: float32 MatMul, Conv2D, AvgPool, Softmax and Einsum run as
// _Mkl kernels (their names appear in error texts, Softmax refuses ranks above 5) or as the Eigen
// kernels. Read once, at the first op that asks, like TF; a script's
// `os.environ['TF_ENABLE_ONEDNN_OPTS'] = '0'` before it imports tensorflow counts.
import { readFileSync } from 'node:fs';
import { loadedModules } from '../interpreter/modules/loader.js';
import { PyDict } from '../interpreter/objects/values.js';

const NN_FEATURES = ['avx512_vnni', 'avx512_bf16', 'avx_vnni', 'amx_tile', 'amx_int8', 'amx_bf16'];

let enabled: boolean | null = null;

/** The script's os.environ when it has imported os (its edits live there), else the process's. */
function scriptEnv(name: string): string | undefined {
  const environ = loadedModules.get('os')?.dict.get('environ');
  if (environ instanceof PyDict) {
    const v = environ.storage.get(name);
    return typeof v === 'string' ? v : undefined;
  }
  return process.env[name];
}

function cpuHasNnFeatures(): boolean {
  if (process.platform !== 'linux' || process.arch !== 'x64') return false;
  try {
    const flags = new Set(/^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim().split(/\s+/) ?? []);
    return NN_FEATURES.some((f) => flags.has(f));
  } catch {
    return false;
  }
}

/** Whether TF runs the op's oneDNN (_Mkl) kernel for this dtype: oneDNN is on and the dtype is one
 *  its kernels take (float32, bfloat16); other dtypes run Eigen's kernel either way. */
export function onednnKernelFor(dtypeName: string): boolean {
  return (dtypeName === 'float32' || dtypeName === 'bfloat16') && onednnEnabled();
}

export function onednnEnabled(): boolean {
  if (enabled === null) {
    const v = scriptEnv('TF_ENABLE_ONEDNN_OPTS')?.toLowerCase();
    enabled = v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : cpuHasNnFeatures();
  }
  return enabled;
}
