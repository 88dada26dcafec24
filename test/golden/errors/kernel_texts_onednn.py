# TF runs float32 MatMul, Conv2D, Conv3D, AvgPool, Softmax and Einsum as oneDNN (_Mkl) kernels only where
# oneDNN is on: by default on CPUs with AVX512_VNNI/BF16, AVX_VNNI or AMX, or as
# TF_ENABLE_ONEDNN_OPTS says, here set by the script before it imports TensorFlow (1: oneDNN's).
# Their error texts differ; float64/int32 run Eigen's kernels either way.
import os
os.environ['TF_ENABLE_ONEDNN_OPTS'] = '1'
import _kernel_text_cases

_kernel_text_cases.run()
