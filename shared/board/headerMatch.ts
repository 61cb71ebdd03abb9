// Recognising a file by its header row, for the official provider lists and for the mappings a
// council saved by hand: headers are compared folded (width, case, kana, punctuation), and most
// of a header set is enough, as long as the name column is there.
import { normalizeHeader } from './csvColumns';

/** Each header of a known file and what it feeds (null: read past). */
export type HeaderColumns<T> = readonly (readonly [string, T | null])[];

// Publishers add a column now and then (a 郵便番号, a 振興局); a spreadsheet gains a memo column.
const MIN_SHARE = 0.8;

/** The candidate whose header set the file's headers cover best, or null when none is covered enough. */
export function bestHeaderMatch<P>(
  candidates: readonly P[],
  columnsOf: (candidate: P) => HeaderColumns<string>,
  headers: readonly string[],
): P | null {
  const present = new Set(headers.map(normalizeHeader));
  let best: { candidate: P; share: number; found: number } | null = null;
  for (const candidate of candidates) {
    const columns = columnsOf(candidate);
    const found = columns.filter(([header]) => present.has(normalizeHeader(header)));
    const share = found.length / columns.length;
    const hasName = found.some(([, target]) => target === 'name');
    if (!hasName || share < MIN_SHARE) continue;
    // Of two sets the file covers equally, the larger says more about the file.
    const better =
      !best || share > best.share || (share === best.share && found.length > best.found);
    if (better) best = { candidate, share, found: found.length };
  }
  return best?.candidate ?? null;
}

/** Each of the file's headers read as the known set says (headers it does not know: null). */
export function mappingByHeader<T>(
  columns: HeaderColumns<T>,
  headers: readonly string[],
): (T | null)[] {
  const byHeader = new Map(columns.map(([header, target]) => [normalizeHeader(header), target]));
  return headers.map((header) => byHeader.get(normalizeHeader(header)) ?? null);
}
