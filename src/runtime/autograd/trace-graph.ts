// The graph a tf.function trace builds, as far as Python code can see it: TF gives every tensor
// made while tracing a node name ("add", "Sum_1", the placeholders "x", "y") and a static shape,
// and prints it symbolically (`Tensor("add:0", shape=(2,), dtype=float32)`). tfts computes the
// real values eagerly (tf-function.ts) and only records those names here, for the tensors' printing.
import { Tensor } from '../tensor.js';
import { dtypes } from '../dtypes.js';
import type { Dim } from '../printing/index.js';

/** What a traced tensor shows instead of its value: `name:index` and its static shape. */
export interface SymbolicNode {
  readonly name: string;
  readonly shape: readonly Dim[];
}

export class TraceGraph {
  /** TF's Graph._names_in_use: lower-cased names, so "add" and "Add" collide. */
  private readonly namesInUse = new Map<string, number>();
  readonly nodes = new WeakMap<Tensor, SymbolicNode>();
  /** Tensor ids grow, so a tensor with an id from here on was made during this trace. */
  readonly firstTensorId = new Tensor(null as never, [], dtypes.float32, '').id;

  /** TF's Graph.unique_name: the first use keeps the name, later ones get _1, _2, ... */
  uniqueName(name: string): string {
    let key = name.toLowerCase();
    let i = this.namesInUse.get(key) ?? 0;
    this.namesInUse.set(key, i + 1);
    if (i === 0) return name;
    const base = key;
    while (this.namesInUse.has(key)) key = `${base}_${i++}`;
    this.namesInUse.set(key, 1);
    return `${name}_${i - 1}`;
  }

  /** Names `t` output `index` of node `node` unless it already is a node of this graph (an op that
   *  hands back its input, as tf.cast to the same dtype does, adds no node). */
  mark(t: Tensor, node: string, index: number, shape: readonly Dim[] = t.shape): void {
    if (!this.nodes.has(t)) this.nodes.set(t, { name: `${node}:${index}`, shape });
  }
}

/** The graph of the trace running now; null outside tf.function bodies (the common, fast case). */
export const tracing: { graph: TraceGraph | null } = { graph: null };

/** Node name of a tensor the trace made through a path that names nothing (GradientTape.gradient,
 *  the keras objects): TF's names there depend on internal ops tfts does not mirror. */
const UNNAMED_NODE = 'Identity';

/** The symbolic face of `t` while a trace runs, or null when it prints as an eager tensor (a
 *  tensor made before the trace, captured from outside, stays eager in TF too). */
export function symbolicNode(t: Tensor): SymbolicNode | null {
  const g = tracing.graph;
  if (g === null) return null;
  const node = g.nodes.get(t);
  if (node || t.id < g.firstTensorId) return node ?? null;
  g.mark(t, g.uniqueName(UNNAMED_NODE), 0);
  return g.nodes.get(t)!;
}
