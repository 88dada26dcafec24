// tf.summary: event files TensorBoard reads, written as TF 2.21 with TensorBoard 2.21 writes them
// (summary-events.ts has the encoding). create_file_writer makes `logdir` and its
// events.out.tfevents.<time>.<host>.<pid>.<n>.v2 file at once; scalar/text/histogram/write add one
// event each to the default writer (as_default / set_as_default), tagged with the enclosing
// tf.name_scope. Events go to the file as they are made (TF buffers up to max_queue of them), so
// flush() has nothing left to do. Not built: audio summaries and graph tracing (trace_on).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { PyValue } from '../../interpreter/objects/core.js';
import { PyObject, PyType, objectType } from '../../interpreter/objects/core.js';
import { PyModule } from '../../interpreter/objects/function.js';
import { valueError } from '../../interpreter/objects/exceptions.js';
import { builtinFunction, defineMethod, pyParams } from '../../interpreter/builtins/define.js';
import { isTruthy } from '../../interpreter/ops/truth.js';
import { str } from '../../interpreter/ops/text.js';
import { dtypes } from '../dtypes.js';
import { Tensor } from '../tensor.js';
import { toTensor } from '../convert.js';
import { stringsOf } from '../strings/string-tensor.js';
import { currentNameScope } from '../name-scope.js';
import * as api from '../ops/api.js';
import { DT, TensorValue, fileVersionEvent, summaryEvent, summaryValue, tfRecord } from './summary-events.js';
import { intArg } from './shape-args.js';
import { encodePng } from './image-png-encode.js';
import { row } from '../data/rows.js';
import { shapeStr as shapeText } from '../printing/index.js';
import { call } from '../../interpreter/ops/call.js';
import { builtinsDict } from '../../interpreter/builtins/registry.js';

const writerType = new PyType('_ResourceSummaryWriter', [objectType], 'tensorflow.python.ops.summary_ops_v2');
const noopWriterType = new PyType('_NoopSummaryWriter', [objectType], 'tensorflow.python.ops.summary_ops_v2');
const scopeType = new PyType('_GeneratorContextManager', [objectType], 'contextlib');

/** Wall time in seconds with microseconds, as TF's Env::NowMicros. */
const now = () => Math.round((performance.timeOrigin + performance.now()) * 1000) / 1e6;

let filesMade = 0;  // TF numbers the event files of a process 0, 1, 2, ...

class SummaryWriter implements PyObject {
  closed = false;
  constructor(readonly path: string | null) {}
  get cls(): PyType {
    return this.path === null ? noopWriterType : writerType;
  }
  append(event: Uint8Array): void {
    if (this.path !== null && !this.closed) appendFileSync(this.path, tfRecord(event));
  }
}

/** The default writer and step (as_default/set_as_default and experimental.set_step). */
let defaultWriter: SummaryWriter | null = null;
let defaultStep: PyValue = null;  // as given: an int, a tensor or a tf.Variable
let recording: PyValue = true;

/** The context managers tf.summary hands out (TF's are @contextmanager generators): the change
 *  is made on entering and undone on leaving. */
class Scope implements PyObject {
  constructor(
    readonly enter: () => PyValue,
    readonly exit: () => void,
  ) {}
  get cls(): PyType {
    return scopeType;
  }
}
defineMethod(scopeType, '__enter__', (self) => (self as Scope).enter());
defineMethod(scopeType, '__exit__', (self) => {
  (self as Scope).exit();
  return false;
});

/** writer.as_default(step): the default writer (and step, when given) while the scope is open. */
function defaultScope(writer: SummaryWriter, step: PyValue): Scope {
  let saved: [SummaryWriter | null, PyValue] = [null, null];
  return new Scope(
    () => {
      saved = [defaultWriter, defaultStep];
      defaultWriter = writer;
      if (step !== null) defaultStep = step;
      return writer;
    },
    () => {
      [defaultWriter, defaultStep] = saved;
    },
  );
}

const stepOf = (v: PyValue): bigint | null => (v === null ? null : BigInt(intArg(v)));

const P = {
  create: pyParams('create_file_writer', ['logdir', 'max_queue', 'flush_millis', 'filename_suffix', 'name', 'experimental_trackable', 'experimental_mesh'], { max_queue: null, flush_millis: null, filename_suffix: null, name: null, experimental_trackable: false, experimental_mesh: null }),
  asDefault: pyParams('as_default', ['step'], { step: null }),
  scalar: pyParams('scalar', ['name', 'data', 'step', 'description'], { step: null, description: null }),
  text: pyParams('text', ['name', 'data', 'step', 'description'], { step: null, description: null }),
  image: pyParams('image', ['name', 'data', 'step', 'max_outputs', 'description'], { step: null, max_outputs: 3, description: null }),
  histogram: pyParams('histogram', ['name', 'data', 'step', 'buckets', 'description'], { step: null, buckets: null, description: null }),
};

function createFileWriter(logdir: string, suffix: string | null): SummaryWriter {
  mkdirSync(logdir, { recursive: true });
  const seconds = Math.floor(Date.now() / 1000);
  const path = join(logdir, `events.out.tfevents.${seconds}.${hostname()}.${process.pid}.${filesMade++}${suffix ?? '.v2'}`);
  writeFileSync(path, tfRecord(fileVersionEvent(seconds)));
  return new SummaryWriter(path);
}

/** record_if's condition: a bool, a bool tensor, or a callable asked at every write. */
function shouldRecord(): boolean {
  const condition = call(builtinsDict.get('callable')!, [recording], null) === true ? call(recording, [], null) : recording;
  return isTruthy(condition);
}

/** Writes one value to the default writer; false (a bool tensor) when there is none. */
function writeSummary(name: string, tensor: TensorValue, plugin: string, description: PyValue, stepV: PyValue): Tensor {
  const writer = defaultWriter;
  if (writer === null || !shouldRecord()) return api.fill([], dtypes.bool, false);
  const step = stepOf(stepV === null ? defaultStep : stepV);
  if (step === null) {
    throw valueError('No step set. Please specify one either through the `step` argument or through tf.summary.experimental.set_step()');
  }
  const tag = `${currentNameScope()}${name}`;
  writer.append(summaryEvent(now(), step, summaryValue(tag, tensor, plugin, description === null ? null : str(description))));
  return api.fill([], dtypes.bool, true);
}

function littleEndian(values: ArrayLike<number>, bytesPer: 4 | 8): Uint8Array {
  const out = new Uint8Array(values.length * bytesPer);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) {
    if (bytesPer === 4) view.setFloat32(i * 4, values[i], true);
    else view.setFloat64(i * 8, values[i], true);
  }
  return out;
}

/** TensorBoard's histogram buckets: `count` equal-width [left, right, count] rows in float64 over
 *  the data's range (the last edge is the maximum itself); for constant data every row is [v, v]
 *  with the whole count in the last one; zeros for empty data. */
function histogramBuckets(data: Float64Array, count: number): Float64Array {
  const rows = new Float64Array(count * 3);
  if (data.length === 0 || count <= 0) return rows;
  let min = Infinity;
  let max = -Infinity;
  for (const x of data) {
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const range = max - min;
  if (range === 0) {
    for (let b = 0; b < count; b++) rows.set([max, max, b === count - 1 ? data.length : 0], b * 3);
    return rows;
  }
  const width = range / count;
  const counts = new Float64Array(count);
  for (const x of data) counts[Math.min(Math.floor((x - min) / width), count - 1)] += 1;
  // tf.linspace(min, max, count + 1) in float64: start + i * step, the last edge replaced by max.
  const step = (max - min) / count;
  const edge = (i: number) => (i === count ? max : min + i * step);
  for (let b = 0; b < count; b++) rows.set([edge(b), edge(b + 1), counts[b]], b * 3);
  return rows;
}

export function installSummary(tf: PyModule): void {
  const summary = new PyModule('tensorflow._api.v2.summary');
  const experimental = new PyModule('tensorflow._api.v2.summary.experimental');
  const fn = (m: PyModule, name: string, body: (args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue) =>
    m.dict.set(name, builtinFunction(name, body));

  fn(summary, 'create_file_writer', (a, k) => {
    const p = P.create(a, k);
    return createFileWriter(str(p.logdir), p.filename_suffix === null ? null : str(p.filename_suffix));
  });
  fn(summary, 'create_noop_writer', () => new SummaryWriter(null));
  for (const type of [writerType, noopWriterType]) {
    defineMethod(type, 'as_default', (self, a, k) => defaultScope(self as SummaryWriter, P.asDefault(a, k).step));
    defineMethod(type, 'set_as_default', (self, a, k) => {
      defaultWriter = self as SummaryWriter;
      const step = P.asDefault(a, k).step;
      if (step !== null) defaultStep = step;
      return null;
    });
    defineMethod(type, 'init', () => null);
    defineMethod(type, 'flush', () => null);
    defineMethod(type, 'close', (self) => {
      (self as SummaryWriter).closed = true;
      return null;
    });
  }
  fn(summary, 'flush', () => null);

  fn(summary, 'scalar', (a, k) => {
    const p = P.scalar(a, k);
    const x = api.cast(toTensor(p.data), dtypes.float32);
    if (x.rank !== 0) throw valueError(`Shapes must be equal rank, but are 0 and ${x.rank}`);
    const value: TensorValue = { dtype: DT.float, shape: [], content: littleEndian(x.values() as Float32Array, 4) };
    return writeSummary(str(p.name), value, 'scalars', p.description, p.step);
  });
  fn(summary, 'text', (a, k) => {
    const p = P.text(a, k);
    const x = toTensor(p.data);
    if (x.dtype !== dtypes.string) throw valueError(`Tensor conversion requested dtype string for Tensor with dtype ${x.dtype.name}`);
    return writeSummary(str(p.name), { dtype: DT.string, shape: x.shape.slice(), strings: stringsOf(x).slice() }, 'text', p.description, p.step);
  });
  fn(summary, 'histogram', (a, k) => {
    const p = P.histogram(a, k);
    const data = Float64Array.from(api.cast(toTensor(p.data), dtypes.float64).values() as Float64Array);
    const count = p.buckets === null ? 30 : intArg(p.buckets);
    const rows = histogramBuckets(data, Math.max(0, count));
    const value: TensorValue = { dtype: DT.double, shape: [Math.max(0, count), 3], content: littleEndian(rows, 8) };
    return writeSummary(str(p.name), value, 'histograms', p.description, p.step);
  });

  // The images as uint8 (convert_image_dtype, saturating), the first max_outputs of them as PNGs
  // after their width and height as strings: TensorBoard's image summary tensor.
  fn(summary, 'image', (a, k) => {
    const p = P.image(a, k);
    const data = toTensor(p.data);
    if (data.rank !== 4) throw valueError(`Shape ${shapeText(data.shape)} must have rank 4`);
    const image = tf.dict.get('image') as PyModule;
    const images = call(image.dict.get('convert_image_dtype')!, [data, dtypes.uint8], new Map([['saturate', true]])) as Tensor;
    const count = Math.min(Math.max(0, intArg(p.max_outputs)), images.shape[0]);
    const [, height, width] = images.shape;
    const pngs = Array.from({ length: count }, (_, i) => encodePng(row(images, i), 6));
    const text = (n: number) => new TextEncoder().encode(String(n));
    return writeSummary(str(p.name), { dtype: DT.string, shape: [2 + count], strings: [text(width), text(height), ...pngs] }, 'images', p.description, p.step);
  });

  fn(experimental, 'set_step', (a) => {
    defaultStep = a[0] ?? null;
    return null;
  });
  fn(experimental, 'get_step', () => defaultStep);
  summary.dict.set('experimental', experimental);
  fn(summary, 'record_if', (a) => {
    let previous: PyValue = true;
    return new Scope(
      () => {
        previous = recording;
        recording = a[0];
        return null;
      },
      () => {
        recording = previous;
      },
    );
  });
  fn(summary, 'should_record_summaries', () => api.fill([], dtypes.bool, defaultWriter !== null && shouldRecord()));
  tf.dict.set('summary', summary);
}
