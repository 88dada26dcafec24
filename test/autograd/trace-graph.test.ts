// TF's Graph.unique_name as the trace graph applies it to node names. The expected lists come from
// the oracle: tf.Graph().unique_name over the same names in order.
import { describe, expect, it } from 'vitest';
import { TraceGraph } from '../../src/runtime/autograd/trace-graph.js';

const uniqueNames = (names: string[]) => {
  const g = new TraceGraph();
  return names.map((n) => g.uniqueName(n));
};

describe('TraceGraph.uniqueName', () => {
  it('suffixes repeats case-insensitively, skipping names already taken', () => {
    expect(uniqueNames(['add', 'Add', 'add_1', 'add', 'ADD', 'Const', 'const_1', 'Const'])).toEqual(['add', 'Add_1', 'add_1_1', 'add_2', 'ADD_3', 'Const', 'const_1', 'Const_2']);
  });
  it('starts over in a new graph', () => {
    expect(uniqueNames(['mul', 'mul'])).toEqual(['mul', 'mul_1']);
    expect(uniqueNames(['mul'])).toEqual(['mul']);
  });
});
