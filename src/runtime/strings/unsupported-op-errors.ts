// TF's errors for ops that have no string kernel and whose rule (infer) does not already reject
// strings through ops/math-op-summaries.ts. Texts recorded from TensorFlow 2.21 (the part
// before ` [Op:Name] name: `).
import { invalidArgument } from '../errors.js';
import type { PyBaseException } from '../../interpreter/objects/exceptions.js';
import { OP_SUMMARIES } from '../ops/math-op-summaries.js';
import { checkAllowedDtype } from '../ops/math-dtype-check.js';
import { dtypes } from '../dtypes.js';

const COMPARE = 'float, double, int32, uint8, int16, int8, int64, bfloat16, uint16, half, uint32, uint64';
const COMPARE_DT = 'DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_INT64, DT_BFLOAT16, DT_UINT16, DT_HALF, DT_UINT32, DT_UINT64';
const compare = (op: string) => `${COMPARE}\n\t; NodeDef: {{node ${op}}}; Op<name=${op}; signature=x:T, y:T -> z:bool; attr=T:type,allowed=[${COMPARE_DT}]>`;

/** After "Value for attr 'T' of string is not in the list of allowed values: ". */
const ALLOWED: Record<string, string> = {
  Less: compare('Less'),
  LessEqual: compare('LessEqual'),
  Greater: compare('Greater'),
  GreaterEqual: compare('GreaterEqual'),
  Where:
    'float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64, bool\n\t; NodeDef: {{node Where}}; Op<name=Where; signature=input:T -> index:int64; attr=T:type,default=DT_BOOL,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64, DT_BOOL]>',
  Conv2D:
    'half, bfloat16, float, double, int32\n\t; NodeDef: {{node Conv2D}}; Op<name=Conv2D; signature=input:T, filter:T -> output:T; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_INT32]; attr=strides:list(int); attr=use_cudnn_on_gpu:bool,default=true; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=dilations:list(int),default=[1, 1, 1, 1]>',
  MaxPool:
    'half, bfloat16, float, double, int32, int64, uint8, int16, int8, uint16, qint8\n\t; NodeDef: {{node MaxPool}}; Op<name=MaxPool; signature=input:T -> output:T; attr=T:type,default=DT_FLOAT,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE, DT_INT32, DT_INT64, DT_UINT8, DT_INT16, DT_INT8, DT_UINT16, DT_QINT8]; attr=ksize:list(int),min=4; attr=strides:list(int),min=4; attr=padding:string,allowed=["SAME", "VALID", "EXPLICIT"]; attr=explicit_paddings:list(int),default=[]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW", "NCHW_VECT_C"]>',
  AvgPool:
    'half, bfloat16, float, double\n\t; NodeDef: {{node AvgPool}}; Op<name=AvgPool; signature=value:T -> output:T; attr=ksize:list(int),min=4; attr=strides:list(int),min=4; attr=padding:string,allowed=["SAME", "VALID"]; attr=data_format:string,default="NHWC",allowed=["NHWC", "NCHW"]; attr=T:type,allowed=[DT_HALF, DT_BFLOAT16, DT_FLOAT, DT_DOUBLE]>',
  AddN:
    'float, double, int32, uint8, int16, int8, complex64, int64, qint8, quint8, qint32, bfloat16, qint16, quint16, uint16, complex128, half, uint32, uint64, variant\n\t; NodeDef: {{node AddN}}; Op<name=AddN; signature=inputs:N*T -> sum:T; attr=N:int,min=1; attr=T:type,allowed=[DT_FLOAT, DT_DOUBLE, DT_INT32, DT_UINT8, DT_INT16, DT_INT8, DT_COMPLEX64, DT_INT64, DT_QINT8, DT_QUINT8, DT_QINT32, DT_BFLOAT16, DT_QINT16, DT_QUINT16, DT_UINT16, DT_COMPLEX128, DT_HALF, DT_UINT32, DT_UINT64, DT_VARIANT]; is_commutative=true; is_aggregate=true>',
  OnesLike:
    'bfloat16, half, float, double, int8, uint8, int16, uint16, int32, uint32, int64, uint64, complex64, complex128, bool\n\t; NodeDef: {{node OnesLike}}; Op<name=OnesLike; signature=x:T -> y:T; attr=T:type,allowed=[DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_INT8, DT_UINT8, DT_INT16, DT_UINT16, DT_INT32, DT_UINT32, DT_INT64, DT_UINT64, DT_COMPLEX64, DT_COMPLEX128, DT_BOOL]>',
  ResizeBilinear:
    'int8, uint8, int16, uint16, int32, int64, bfloat16, half, float, double, bfloat16\n\t; NodeDef: {{node ResizeBilinear}}; Op<name=ResizeBilinear; signature=images:T, size:int32 -> resized_images:float; attr=T:type,allowed=[DT_INT8, DT_UINT8, DT_INT16, DT_UINT16, DT_INT32, DT_INT64, DT_BFLOAT16, DT_HALF, DT_FLOAT, DT_DOUBLE, DT_BFLOAT16]; attr=align_corners:bool,default=false; attr=half_pixel_centers:bool,default=false>',
};

/** Ops whose inputs are bool by signature (no type attribute). */
const BOOL_INPUT_OPS = new Set(['Any', 'All', 'LogicalAnd', 'LogicalOr', 'LogicalNot']);

/** Registry ops that are a second output of one TF op, which TF's errors name. */
const TF_NAMES: Record<string, string> = { TopKV2Indices: 'TopKV2', SelfAdjointEigV2Vectors: 'SelfAdjointEigV2' };

/** TF's error for running `op` on a string tensor that it has no kernel for. */
export function unsupportedStringOp(registryName: string): PyBaseException {
  const op = TF_NAMES[registryName] ?? registryName;
  if (BOOL_INPUT_OPS.has(op)) {
    return invalidArgument(`cannot compute ${op} as input #0(zero-based) was expected to be a bool tensor but is a string tensor`, op);
  }
  if (op in OP_SUMMARIES) {
    try {
      checkAllowedDtype(op, dtypes.string);
    } catch (e) {
      return e as PyBaseException;
    }
  }
  const allowed = ALLOWED[op] ?? 'see the op definition';
  return invalidArgument(`Value for attr 'T' of string is not in the list of allowed values: ${allowed}`, op);
}
