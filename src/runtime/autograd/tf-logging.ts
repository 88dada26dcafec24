// TF's Python-side warnings (absl logging.log_first_n): "WARNING:tensorflow:..." on stderr, at most
// `limit` times per call site.
import { writeStderr } from '../../interpreter/io.js';

const counts = new Map<string, number>();

export function warnFirstN(site: string, limit: number, message: string): void {
  const n = counts.get(site) ?? 0;
  if (n >= limit) return;
  counts.set(site, n + 1);
  writeStderr(`WARNING:tensorflow:${message}\n`);
}
