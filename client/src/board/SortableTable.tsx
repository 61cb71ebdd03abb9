import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = {
  key: string;
  label: string;
  /** The value sorted by; text sorts in Japanese order. */
  sortValue: (row: T) => string | number;
  cell: (row: T) => ReactNode;
  /** The row header (names the row for screen readers). */
  rowHeader?: boolean;
};

type Sort = { key: string; ascending: boolean };

export function sortRows<T>(
  rows: readonly T[],
  column: Column<T> | undefined,
  ascending: boolean,
): T[] {
  if (!column) return [...rows];
  const sign = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.sortValue(a);
    const y = column.sortValue(b);
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'ja');
    return order * sign;
  });
}

type Props<T> = {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  actions?: (row: T) => ReactNode;
};

/** A table whose column headers sort it; aria-sort tells screen readers the order. */
export function SortableTable<T>({ caption, columns, rows, rowKey, actions }: Props<T>) {
  const { t } = useTranslation('board');
  const [sort, setSort] = useState<Sort>({ key: columns[0]?.key ?? '', ascending: true });
  const sorted = sortRows(
    rows,
    columns.find((c) => c.key === sort.key),
    sort.ascending,
  );
  const toggle = (key: string) =>
    setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }));

  return (
    <div className="table-scroll">
      <table className="table board-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={
                  sort.key === column.key
                    ? sort.ascending
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => toggle(column.key)}
                  title={t('list.sortBy', { column: column.label })}
                >
                  {column.label}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.ascending ? ' ▲' : ' ▼') : ' ⇅'}
                  </span>
                </button>
              </th>
            ))}
            {actions && <th scope="col">{t('list.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={columns.length + (actions ? 1 : 0)}>{t('list.empty')}</td>
            </tr>
          )}
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key}>{column.cell(row)}</td>
                ),
              )}
              {actions && <td className="row-actions">{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
