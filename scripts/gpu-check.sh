#!/usr/bin/env bash
# Issue 6 on a GPU machine, in ONE device call: unpack the carried node binary and build, load the
# addon and libtfts_cuda.so (rebuilding the .so there with cmake + nvcc if it does not load), run
# the backend-consistency check over every registered op and the GPU benchmarks against PyTorch,
# and print a table. The GPU machine has no node, no npm and no network, hence the carry.
#
# 1. Here (node, the toolkit, the build; no GPU needed):
#      npm run build:ts && flock /tmp/tfts-native.lock npm run build:native && scripts/gpu-check.sh --prepare
#    writes .carry/node.xz (this node binary: the addon is built for its ABI), .carry/node-include.tar.xz
#    (node's headers, for a rebuild of the .so there) and
#    .carry/runtime.tar.xz (dist/, bin/, package.json, the addon + libtfts_cuda.so, the few
#    node_modules the CLI and a rebuild need). .carry/ is git-ignored.
# 2. There (the device tool):  run(command="bash scripts/gpu-check.sh", carry=[".carry"], timeout_s=540)
#    Everything it prints also lands in $OUT (gpu-check.txt, consistency.json, bench.json).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ "${1:-}" = "--prepare" ]; then
  set -e
  mkdir -p .carry
  [ -f native/build/Release/tfts_native.node ] || { echo "gpu-check: build the addon first (npm run build:native)" >&2; exit 2; }
  [ -f native/build/Release/libtfts_cuda.so ] || echo "gpu-check: note: no libtfts_cuda.so here; it will be built on the GPU machine"
  xz -T0 -6 -c "$(command -v node)" > .carry/node.xz
  # node's own headers (v8.h, node_api.h): a rebuild of libtfts_cuda.so there needs them.
  hdr="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")/include/node"
  [ -f "$hdr/v8.h" ] || hdr=$(dirname "$(find "$HOME/.cmake-js" -name v8.h -path "*$(node --version)*" 2>/dev/null | head -1)")
  tar -cJf .carry/node-include.tar.xz -C "$(dirname "$hdr")" "$(basename "$hdr")"
  # Every production dependency (and theirs), so a new runtime import travels without an edit here.
  mapfile -t deps < <(npm ls --omit=dev --parseable --all 2>/dev/null | sed "s|^$root/||" | grep '^node_modules/')
  files=(dist bin package.json native/build/Release/tfts_native.node "${deps[@]}")
  [ -f native/build/Release/libtfts_cuda.so ] && files+=(native/build/Release/libtfts_cuda.so)
  tar -cJf .carry/runtime.tar.xz "${files[@]}"
  du -ch .carry/* | tail -1
  exit 0
fi

OUT=${OUT:-/tmp/gpu-check-out}
mkdir -p "$OUT"

main() {
echo "== machine"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>&1 | head -2
mkdir -p /tmp/tfts-node/bin
xz -dc .carry/node.xz > /tmp/tfts-node/bin/node && chmod +x /tmp/tfts-node/bin/node || { echo "gpu-check: no .carry/node.xz (run --prepare here first)"; return 2; }
export PATH=/tmp/tfts-node/bin:$PATH:/usr/local/cuda/bin
tar -xJf .carry/runtime.tar.xz || { echo "gpu-check: no .carry/runtime.tar.xz"; return 2; }
echo "node $(node --version); $(nvcc --version 2>/dev/null | tail -1)"

probe() {
  node --input-type=module -e "
    const { loadCudaModule } = await import('$root/dist/src/runtime/native/cuda-binding.js');
    const r = loadCudaModule();
    if (!r.ok) { console.log('cuda: NOT LOADED: ' + r.reason); process.exit(1); }
    const d = r.api.devices[0];
    console.log('cuda: loaded, ' + r.api.deviceCount + ' device(s): ' + (d ? d.name + ' sm_' + d.computeCapability.join('') + ', ' + (d.totalMemory / 2 ** 30).toFixed(1) + ' GiB' : 'none'));
    process.exit(r.api.deviceCount > 0 ? 0 : 1);"
}

echo "== CUDA module"
if ! probe && [ -z "${GPU_CHECK_NO_REBUILD:-}" ]; then
  echo "gpu-check: rebuilding libtfts_cuda.so here with cmake + nvcc"
  mkdir -p /tmp/tfts-node/include && tar -xJf .carry/node-include.tar.xz -C /tmp/tfts-node/include
  inc=/tmp/tfts-node/include/$(tar -tJf .carry/node-include.tar.xz | head -1 | cut -d/ -f1)
  cmake -S native -B /tmp/tfts-cuda-build -DCMAKE_BUILD_TYPE=Release -DCMAKE_JS_INC="$inc" >/tmp/tfts-cmake.log 2>&1 &&
    cmake --build /tmp/tfts-cuda-build --target tfts_cuda -j"$(nproc)" >>/tmp/tfts-cmake.log 2>&1 &&
    cp /tmp/tfts-cuda-build/libtfts_cuda.so native/build/Release/ || { tail -30 /tmp/tfts-cmake.log; }
  probe || echo "gpu-check: the CUDA module still does not load; the consistency check reports it skipped"
fi
probe >/dev/null && have_gpu=1 || have_gpu=0

echo "== backend consistency (every registered op, CPU vs CUDA)"
timeout 240 node scripts/gpu-consistency.mjs --json "$OUT/consistency.json" > /tmp/tfts-consistency.txt
consistency=$?
grep -v '^ok ' /tmp/tfts-consistency.txt
echo "(exit $consistency; full list in consistency.txt)"
cp /tmp/tfts-consistency.txt "$OUT/consistency.txt"

if [ "$have_gpu" = 0 ]; then echo "== no usable CUDA GPU: benchmarks skipped"; return "$consistency"; fi
echo "== GPU benchmarks (tfts vs PyTorch, same GPU, same run)"
timeout 300 node scripts/bench/gpu.mjs --json "$OUT/bench.json"

echo "== GPU golden: the seed's demo script"
(cd test/golden/chapter1 && timeout 120 node "$root/bin/tfts.js" run matmul_devices.py | tail -4)
return "$consistency"
}

main 2>&1 | tee "$OUT/gpu-check.txt"
exit "${PIPESTATUS[0]}"
