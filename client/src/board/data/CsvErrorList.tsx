import { useTranslation } from 'react-i18next';
import type { RowError } from '../../../../shared/board/csvImport';
import { useIssueText } from '../../forms/useIssueText';

/** What is wrong with a CSV file, by row and column. */
export function CsvErrorList({ errors }: { errors: readonly RowError[] }) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  if (errors.length === 0) return null;
  return (
    <ul className="csv-errors">
      {errors.map((error, index) => (
        <li key={`${error.row}-${error.column}-${index}`}>
          {error.column
            ? t('data.cellIssue', {
                row: error.row,
                column: error.column,
                issue: textOf(error.issue),
              })
            : t('data.rowIssue', { row: error.row, issue: textOf(error.issue) })}
        </li>
      ))}
    </ul>
  );
}
