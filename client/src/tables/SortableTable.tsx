import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = {
  key: string;
  label: string;
  /** The value sorted by; text sorts in Japanese order. Without it the header is not a button. */
  sortValue?: (row: T) => string | number;
  cell: (row: T) => ReactNode;
  /** The row header (names the row for screen readers). */
  rowHeader?: boolean;
};

/** A column that shows the very value it sorts by (a name, an email, a count). */
export function textColumn<T>(
  key: string,
  label: string,
  value: (row: T) => string | number,
  rowHeader = false,
): Column<T> {
  return { key, label, sortValue: value, cell: value, rowHeader };
}

export type Sort = { key: string; ascending: boolean };

export function sortRows<T>(
  rows: readonly T[],
  column: Column<T> | undefined,
  ascending: boolean,
): T[] {
  const value = column?.sortValue;
  if (!value) return [...rows];
  const sign = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'ja');
    return order * sign;
  });
}

/** A table says what it is in its own caption, or points at the heading that already does. */
type Naming = { caption: string; labelledBy?: never } | { labelledBy: string; caption?: never };

type Props<T> = Naming & {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Buttons for one row, in a last column headed 操作. */
  actions?: (row: T) => ReactNode;
  /** Said in the one row of an empty table. */
  empty?: string;
  /** The order at first; by default the first sortable column, ascending. */
  initialSort?: Sort;
  className?: string;
};

/** A table whose column headers sort it; aria-sort tells screen readers the order. */
export function SortableTable<T>({
  caption,
  labelledBy,
  columns,
  rows,
  rowKey,
  actions,
  empty,
  initialSort,
  className,
}: Props<T>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>(
    initialSort ?? { key: columns.find((c) => c.sortValue)?.key ?? '', ascending: true },
  );
  const sorted = sortRows(
    rows,
    columns.find((c) => c.key === sort.key),
    sort.ascending,
  );
  const toggle = (key: string) =>
    setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }));

  return (
    <div className="table-scroll">
      <table className={className ? `table ${className}` : 'table'} aria-labelledby={labelledBy}>
        {caption && <caption className="table-caption">{caption}</caption>}
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
                {column.sortValue ? (
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => toggle(column.key)}
                    title={t('table.sortBy', { column: column.label })}
                  >
                    {column.label}
                    <span aria-hidden="true">
                      {sort.key === column.key ? (sort.ascending ? ' ▲' : ' ▼') : ' ⇅'}
                    </span>
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
            {actions && <th scope="col">{t('table.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={columns.length + (actions ? 1 : 0)}>{empty ?? t('table.empty')}</td>
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
