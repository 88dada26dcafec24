import { describe, expect, it } from 'vitest';
import { parseModule } from '../../grammar/index.js';

describe('if statements in sequence', () => {
  it('keeps a second `if` at the same level as its own statement, not an elif', () => {
    const m = parseModule('if a:\n    x = 1\nif b:\n    y = 2\n', 't.py');
    expect(m.body.map((s) => s._type)).toEqual(['If', 'If']);
    expect((m.body[0] as { orelse: unknown[] }).orelse).toEqual([]);
  });
  it('still nests elif as an If alone in orelse', () => {
    const m = parseModule('if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n', 't.py');
    const orelse = (m.body[0] as { orelse: { _type: string; orelse: unknown[] }[] }).orelse;
    expect(orelse.map((s) => s._type)).toEqual(['If']);
    expect(orelse[0].orelse.length).toBe(1);
  });
});
