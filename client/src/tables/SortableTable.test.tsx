import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { type Column, SortableTable, sortRows, textColumn } from './SortableTable';

type Person = { id: string; name: string; kana: string; age: number; role: string };

const people: Person[] = [
  { id: '1', name: '渡辺', kana: 'わたなべ', age: 41, role: '事務局' },
  { id: '2', name: '青木', kana: 'あおき', age: 9, role: '委員' },
  { id: '3', name: '佐藤', kana: 'さとう', age: 120, role: 'ゲスト' },
];

const columns: Column<Person>[] = [
  { key: 'name', label: '氏名', sortValue: (p) => p.kana, cell: (p) => p.name, rowHeader: true },
  { key: 'age', label: '年齢', sortValue: (p) => p.age, cell: (p) => p.age },
  { key: 'role', label: '権限', cell: (p) => p.role },
];

type Options = Pick<
  Parameters<typeof SortableTable<Person>>[0],
  'rows' | 'actions' | 'empty' | 'initialSort'
>;

function renderTable(options: Partial<Options> = {}) {
  return render(
    <I18nextProvider i18n={createI18n('ja')}>
      <h2 id="people-title">名簿</h2>
      <SortableTable
        labelledBy="people-title"
        columns={columns}
        rows={people}
        rowKey={(p) => p.id}
        {...options}
      />
    </I18nextProvider>,
  );
}

/** The row headers from top to bottom: the order a screen reader meets the rows in. */
const rowHeaders = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

describe('sortRows', () => {
  it('sorts text in Japanese order and numbers as numbers, either way', () => {
    const [byKana, byAge] = columns;
    expect(sortRows(people, byKana, true).map((p) => p.name)).toEqual(['青木', '佐藤', '渡辺']);
    expect(sortRows(people, byAge, true).map((p) => p.age)).toEqual([9, 41, 120]);
    expect(sortRows(people, byAge, false).map((p) => p.age)).toEqual([120, 41, 9]);
  });

  it('keeps the given order for a column that does not sort', () => {
    expect(sortRows(people, columns[2], true)).toEqual(people);
    expect(sortRows(people, undefined, true)).toEqual(people);
  });
});

describe('SortableTable', () => {
  afterEach(cleanup);

  it('is named by its heading, and sorted by the first sortable column at first', () => {
    renderTable();
    expect(screen.getByRole('table', { name: '名簿' })).toBeTruthy();
    expect(rowHeaders()).toEqual(['青木', '佐藤', '渡辺']);
    const name = screen.getByRole('columnheader', { name: '氏名' });
    expect(name.getAttribute('aria-sort')).toBe('ascending');
  });

  it('sorts by a header pressed, and turns the order round when pressed again', () => {
    renderTable();
    const age = screen.getByRole('button', { name: '年齢' });
    expect(age.getAttribute('title')).toBe('年齢で並べ替え');
    fireEvent.click(age);
    expect(rowHeaders()).toEqual(['青木', '渡辺', '佐藤']);
    expect(screen.getByRole('columnheader', { name: '年齢' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: '氏名' }).hasAttribute('aria-sort')).toBe(
      false,
    );
    fireEvent.click(age);
    expect(rowHeaders()).toEqual(['佐藤', '渡辺', '青木']);
    expect(screen.getByRole('columnheader', { name: '年齢' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('starts in the order asked for; a column without a sort value has a plain header', () => {
    renderTable({ initialSort: { key: 'age', ascending: false } });
    expect(rowHeaders()).toEqual(['佐藤', '渡辺', '青木']);
    const role = screen.getByRole('columnheader', { name: '権限' });
    expect(within(role).queryByRole('button')).toBeNull();
  });

  it('shows a caption, and a last column of each row’s buttons headed 操作', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <SortableTable
          caption="名簿（3人）"
          columns={columns}
          rows={people}
          rowKey={(p) => p.id}
          actions={(p) => <button type="button">{`${p.name}を削除`}</button>}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('table', { name: '名簿（3人）' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '操作' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /佐藤/ });
    expect(within(row).getByRole('button', { name: '佐藤を削除' })).toBeTruthy();
  });

  it('makes a column that shows what it sorts by, which can name the row', () => {
    render(
      <I18nextProvider i18n={createI18n('ja')}>
        <SortableTable
          caption="年齢順"
          columns={[textColumn<Person>('age', '年齢', (p) => p.age, true)]}
          rows={people}
          rowKey={(p) => p.id}
        />
      </I18nextProvider>,
    );
    expect(rowHeaders()).toEqual(['9', '41', '120']);
  });

  it('says so in one row spanning every column when there are no rows', () => {
    renderTable({ rows: [], empty: '誰もいません。', actions: () => null });
    const cell = screen.getByRole('cell', { name: '誰もいません。' });
    expect(cell.getAttribute('colspan')).toBe('4');
    cleanup();
    renderTable({ rows: [] });
    expect(screen.getByRole('cell', { name: 'まだ登録がありません。' })).toBeTruthy();
  });
});
