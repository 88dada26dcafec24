// The Jupyter notebook file format (nbformat 4): reading a notebook with errors that name the file
// and what is wrong, the outputs a code cell gets, and writing it back as Jupyter does (one-space
// indent, sorted keys, multi-line strings as lists of lines).

export interface NotebookCell {
  cell_type: string;
  source: string | string[];
  metadata: Record<string, unknown>;
  outputs?: NotebookOutput[];
  execution_count?: number | null;
  [key: string]: unknown;
}

export type NotebookOutput =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string[] }
  | { output_type: 'execute_result'; execution_count: number; data: { 'text/plain': string[] }; metadata: Record<string, unknown> }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
  [key: string]: unknown;
}

export class NotebookError extends Error {}

/** Parses notebook text, checking what running it needs; `file` names it in every error. */
export function parseNotebook(text: string, file: string): Notebook {
  let nb: unknown;
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw new NotebookError(`${file}: not a valid notebook: malformed JSON: ${(e as Error).message}`);
  }
  const fail = (what: string) => new NotebookError(`${file}: not a valid notebook: ${what}`);
  if (!isObject(nb)) throw fail('the top level is not a JSON object');
  if (nb.nbformat !== 4) throw fail(`nbformat ${JSON.stringify(nb.nbformat)} is not supported (only nbformat 4)`);
  if (!Array.isArray(nb.cells)) throw fail("'cells' is missing or not a list");
  nb.cells.forEach((cell, i) => {
    if (!isObject(cell)) throw fail(`cell ${i} is not a JSON object`);
    if (typeof cell.cell_type !== 'string') throw fail(`cell ${i} has no 'cell_type'`);
    const src = cell.source;
    if (typeof src !== 'string' && !(Array.isArray(src) && src.every((s) => typeof s === 'string'))) {
      throw fail(`cell ${i} has no 'source' text`);
    }
  });
  return nb as unknown as Notebook;
}

export function cellSource(cell: NotebookCell): string {
  return typeof cell.source === 'string' ? cell.source : cell.source.join('');
}

/** nbformat's multi-line string: lines that keep their newline, as Jupyter writes them. */
export function multiline(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A notebook as Jupyter saves it: keys sorted, one-space indent, a final newline. */
export function serializeNotebook(nb: Notebook): string {
  return `${JSON.stringify(sortKeys(nb), null, 1)}\n`;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
