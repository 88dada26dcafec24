// A hand-written check of the nbformat 4 JSON schema's requirements for what `--write` produces
// (nbformat/v4/nbformat.v4.schema.json: required keys, their types, no unknown keys in outputs),
// so a written notebook is one Jupyter opens. Returns the problems found; none means valid.
type Json = unknown;

const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMultiline = (v: Json) => typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));

export function nbformatProblems(nb: Json): string[] {
  const problems: string[] = [];
  const need = (cond: boolean, what: string) => {
    if (!cond) problems.push(what);
  };
  if (!isObj(nb)) return ['notebook is not an object'];
  need(nb.nbformat === 4, 'nbformat must be 4');
  need(Number.isInteger(nb.nbformat_minor) && (nb.nbformat_minor as number) >= 0, 'nbformat_minor must be a non-negative integer');
  need(isObj(nb.metadata), 'metadata must be an object');
  need(Array.isArray(nb.cells), 'cells must be a list');
  const cells = Array.isArray(nb.cells) ? nb.cells : [];
  cells.forEach((cell, i) => {
    const at = `cells[${i}]`;
    if (!isObj(cell)) return need(false, `${at} is not an object`);
    need(isObj(cell.metadata), `${at}.metadata must be an object`);
    need(isMultiline(cell.source), `${at}.source must be a multiline string`);
    if ((nb.nbformat_minor as number) >= 5) need(typeof cell.id === 'string' && /^[a-zA-Z0-9-_]{1,64}$/.test(cell.id), `${at}.id is required from nbformat 4.5`);
    if (cell.cell_type !== 'code') return need(['markdown', 'raw'].includes(cell.cell_type as string), `${at}.cell_type unknown`);
    need(cell.execution_count === null || (Number.isInteger(cell.execution_count) && (cell.execution_count as number) >= 0), `${at}.execution_count must be null or a count`);
    need(Array.isArray(cell.outputs), `${at}.outputs must be a list`);
    for (const [j, out] of (Array.isArray(cell.outputs) ? cell.outputs : []).entries()) {
      const o = `${at}.outputs[${j}]`;
      if (!isObj(out)) {
        need(false, `${o} is not an object`);
        continue;
      }
      const keys = Object.keys(out).sort().join(',');
      switch (out.output_type) {
        case 'stream':
          need(keys === 'name,output_type,text', `${o}: stream keys are name, output_type, text (got ${keys})`);
          need(out.name === 'stdout' || out.name === 'stderr', `${o}.name must be stdout or stderr`);
          need(isMultiline(out.text), `${o}.text must be a multiline string`);
          break;
        case 'execute_result':
          need(keys === 'data,execution_count,metadata,output_type', `${o}: execute_result keys (got ${keys})`);
          need(Number.isInteger(out.execution_count), `${o}.execution_count must be an integer`);
          need(isObj(out.data) && Object.values(out.data).every(isMultiline), `${o}.data must map mime types to text`);
          need(isObj(out.metadata), `${o}.metadata must be an object`);
          break;
        case 'error':
          need(keys === 'ename,evalue,output_type,traceback', `${o}: error keys (got ${keys})`);
          need(typeof out.ename === 'string' && typeof out.evalue === 'string', `${o}.ename/evalue must be strings`);
          need(Array.isArray(out.traceback) && out.traceback.every((s) => typeof s === 'string'), `${o}.traceback must be a list of strings`);
          break;
        default:
          need(false, `${o}.output_type unknown: ${String(out.output_type)}`);
      }
    }
  });
  return problems;
}
