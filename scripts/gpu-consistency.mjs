#!/usr/bin/env node
// Backend consistency on the real CUDA module, without vitest (the GPU machine has node but no
// npm): every registered op runs on the CPU and on CUDA with seeded random inputs; prints one line
// per op and a summary.
//
//   node scripts/gpu-consistency.mjs [--json out.json]     (needs `npm run build:ts` output in dist/)
//
// Exit status: 0 all ops match, 1 a mismatch or an op that cannot run on CUDA, 3 no usable CUDA GPU
// (the reason is printed: this is a skip, never a pass).
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rt = join(root, 'dist', 'src', 'runtime');
const load = (p) => import(pathToFileURL(join(rt, p)).href);

// The tf module is built as a script builds it (`import tensorflow`: it runs Python source too).
const { ModuleSession } = await import(pathToFileURL(join(root, 'dist', 'src', 'interpreter', 'session.js')).href);
(await load('register.js')).registerRuntimeModules();
new ModuleSession('<backend-consistency>').run('import tensorflow\n');
for (const f of readdirSync(join(rt, 'ops')).sort()) if (f.endsWith('.js')) await load(join('ops', f));
const C = await load('backend/consistency.js');
const D = await load('backend/devices.js');
const { loadCudaModule } = await load('native/cuda-binding.js');

const problems = C.coverageProblems();
const cuda = loadCudaModule();
if (!cuda.ok || cuda.api.deviceCount < 1) {
  console.log(`backend consistency on CUDA: SKIPPED (${cuda.ok ? 'the CUDA module sees no device' : cuda.reason})`);
  for (const p of problems) console.log(`  coverage: ${p}`);
  process.exit(problems.length ? 1 : 3);
}
D.setTensorFloat32(false);
const be = D.gpuBackend();
const dev = cuda.api.devices[0];
console.log(`backend consistency: CPU vs CUDA on ${dev.name} (sm_${dev.computeCapability.join('')}), TF32 off`);
const rows = [];
let failed = 0;
for (const def of C.registeredOps()) {
  const cases = C.consistencyCases(def);
  const results = cases.map((c) => C.checkCase(def, c, be));
  const bad = results.filter((r) => !r.ok);
  const worst = Math.max(0, ...results.map((r) => (Number.isFinite(r.error) ? r.error : 0)));
  if (bad.length || !cases.length) failed++;
  rows.push({ op: def.name, cases: cases.length, maxError: worst, failures: bad.map((r) => `${r.label}: ${r.failure ?? `error ${r.error} > ${r.tolerance}`}`) });
  console.log(`${bad.length || !cases.length ? 'FAIL' : 'ok  '} ${def.name.padEnd(28)} ${String(cases.length).padStart(2)} cases  max err ${worst.toExponential(2)}`);
  for (const f of rows.at(-1).failures) console.log(`       ${f}`);
}
for (const p of problems) console.log(`coverage: ${p}`);
console.log(`${rows.length - failed}/${rows.length} ops match the CPU${problems.length ? `; ${problems.length} coverage problems` : ''}`);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ device: dev, rows, problems }, null, 1));
process.exit(failed || problems.length ? 1 : 0);
