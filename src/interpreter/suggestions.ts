// "Did you mean: 'x'?" — CPython 3.11's suggestion rule (Python/suggestions.c): the candidate with
// the smallest Levenshtein distance where moves cost 2 and case changes cost 1, within a limit
// that grows with the lengths of the two names.
const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_CANDIDATES = 750;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.slice(start, aEnd);
  b = b.slice(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(a[ai], b[bi]);
      distance = row[ai];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function suggestName(name: string, candidates: string[]): string | null {
  if (candidates.length > MAX_CANDIDATES || name.length > MAX_STRING_SIZE) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
