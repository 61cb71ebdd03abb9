/** Monospace table: first column left-aligned (names), the rest right-aligned (numbers). */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A measured number for the table; '—' when it was not measured (NaN/undefined). */
export function fmt(value: number | undefined, digits = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(digits);
}

/** ours / peer, e.g. "0.42×"; '—' when either side is missing or the peer is zero. */
export function ratio(ours: number | undefined, peer: number | undefined): string {
  if (ours === undefined || peer === undefined || !Number.isFinite(ours)) return '—';
  if (!Number.isFinite(peer) || peer === 0) return '—';
  return `${(ours / peer).toFixed(2)}×`;
}
