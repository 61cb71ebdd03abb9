// The rows an import skipped, as a CSV to fix and load again: the file's own columns (so the
// preset still recognises it) and one more saying why each row was skipped.
import type { Issue } from '../../issues/fieldIssue';
import { toCsv } from '../csvExport';
import type { CsvTable } from '../csvImport';
import type { SkippedRow } from './readRow';

export const REASON_HEADER = '読み込めなかった理由';

/** `describe` words an issue in the reader's language (issueText with the page's `t`). */
export function skippedRowsCsv(
  table: CsvTable,
  skipped: readonly SkippedRow[],
  describe: (issue: Issue) => string,
): string {
  const reasons = new Map<number, string[]>();
  for (const { row, column, value, issue } of skipped) {
    const cell = column ? `${column}「${value}」: ` : '';
    reasons.set(row, [...(reasons.get(row) ?? []), cell + describe(issue)]);
  }
  const rows = table.rows
    .filter(({ row }) => reasons.has(row))
    .map(({ row, cells }) => [
      ...table.headers.map((_, i) => cells[i] ?? ''),
      (reasons.get(row) ?? []).join('／'),
    ]);
  return toCsv([...table.headers, REASON_HEADER], rows);
}
