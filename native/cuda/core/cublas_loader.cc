#include "cublas_loader.h"

#include <dlfcn.h>

#include <string>

#include "check.h"
#include "stream.h"

namespace tfts::cuda {

namespace {
Cublas gCublas{};
constexpr size_t kCublasWorkspaceBytes = size_t(32) << 20;
bool gLoaded = false;
bool gTf32 = true;
int gMathMode = -1;  // mode last set on the handle

const char* statusName(int s) {
  switch (s) {
    case 1: return "CUBLAS_STATUS_NOT_INITIALIZED";
    case 3: return "CUBLAS_STATUS_ALLOC_FAILED";
    case 7: return "CUBLAS_STATUS_INVALID_VALUE";
    case 8: return "CUBLAS_STATUS_ARCH_MISMATCH";
    case 11: return "CUBLAS_STATUS_MAPPING_ERROR";
    case 13: return "CUBLAS_STATUS_EXECUTION_FAILED";
    case 14: return "CUBLAS_STATUS_INTERNAL_ERROR";
    case 15: return "CUBLAS_STATUS_NOT_SUPPORTED";
    case 16: return "CUBLAS_STATUS_LICENSE_ERROR";
    default: return "CUBLAS_STATUS_UNKNOWN";
  }
}

template <typename F> void bind(void* lib, F& fn, const char* name) {
  fn = reinterpret_cast<F>(dlsym(lib, name));
  if (fn == nullptr) throwError(std::string("cuBLAS: symbol ") + name + " not found in the loaded libcublas");
}

void load() {
  void* lib = nullptr;
  std::string tried;
  for (const char* name : {"libcublas.so.13", "libcublas.so.12", "libcublas.so"}) {
    lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (lib != nullptr) break;
    const char* err = dlerror();
    tried += std::string("\n  ") + (err ? err : name);
  }
  if (lib == nullptr) throwError("cuBLAS is not available (needed for matmul on the GPU):" + tried);
  Cublas c{};
  bind(lib, c.create, "cublasCreate_v2");
  bind(lib, c.setStream, "cublasSetStream_v2");
  bind(lib, c.setMathMode, "cublasSetMathMode");
  bind(lib, c.sgemm, "cublasSgemm_v2");
  bind(lib, c.sgemmStridedBatched, "cublasSgemmStridedBatched");
  bind(lib, c.dgemmStridedBatched, "cublasDgemmStridedBatched");
  bind(lib, c.gemmStridedBatchedEx, "cublasGemmStridedBatchedEx");
  bind(lib, c.sgemmBatched, "cublasSgemmBatched");
  bind(lib, c.dgemmBatched, "cublasDgemmBatched");
  bind(lib, c.gemmBatchedEx, "cublasGemmBatchedEx");
  checkCublas(c.create(&c.handle), "cublasCreate");
  checkCublas(c.setStream(c.handle, stream()), "cublasSetStream");
  // cuBLAS's own default workspace is small; Hopper's fastest GEMM kernels (split-K, stream-K)
  // need more, and PyTorch gives its handles 32 MiB on sm_90. Taken once, kept for the process.
  c.setWorkspace = reinterpret_cast<decltype(c.setWorkspace)>(dlsym(lib, "cublasSetWorkspace_v2"));
  void* workspace = nullptr;
  if (c.setWorkspace != nullptr && cudaMalloc(&workspace, kCublasWorkspaceBytes) == cudaSuccess) {
    checkCublas(c.setWorkspace(c.handle, workspace, kCublasWorkspaceBytes), "cublasSetWorkspace");
  } else {
    cudaGetLastError();  // no workspace: cuBLAS falls back to its default
  }
  gCublas = c;
  gLoaded = true;  // the library stays loaded for the life of the process
}
}  // namespace

void checkCublas(int status, const char* what) {
  if (status == 0) return;
  throwError(std::string(what) + ": cuBLAS status " + std::to_string(status) + " (" + statusName(status) + ")");
}

const Cublas& cublas() {
  if (!gLoaded) load();
  const int mode = gTf32 ? kCublasTf32TensorOpMath : kCublasDefaultMath;
  if (mode != gMathMode) {
    checkCublas(gCublas.setMathMode(gCublas.handle, mode), "cublasSetMathMode");
    gMathMode = mode;
  }
  return gCublas;
}

void setTensorFloat32(bool on) { gTf32 = on; }
bool tensorFloat32() { return gTf32; }

}  // namespace tfts::cuda
