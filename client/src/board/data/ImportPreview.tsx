import { useTranslation } from 'react-i18next';
import type { Conversion } from '../../../../shared/board/csvImport';
import { useFormatList } from '../../i18n/useFormatList';

const PREVIEW_ROWS = 5;

type Props = {
  conversion: Conversion;
  /** Rows in the file. */
  total: number;
  /** The rows that repeat an agency on the board. */
  repeated: ReadonlySet<number>;
};

/** How many rows are valid, and the first of them as they will be imported. */
export function ImportPreview({ conversion, total, repeated }: Props) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const shown = conversion.agencies.slice(0, PREVIEW_ROWS);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide file scrolls sideways, and a labelled region that takes focus is how the keyboard scrolls it (WCAG 2.1.1).
    <section className="table-scroll" tabIndex={0} aria-labelledby="csv-preview-caption">
      <table className="table">
        <caption id="csv-preview-caption">
          {t('data.preview', { valid: conversion.agencies.length, total, count: shown.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('data.row')}</th>
            <th scope="col">{t('agency.name')}</th>
            <th scope="col">{t('agency.layer')}</th>
            <th scope="col">{t('agency.fields')}</th>
            <th scope="col">{t('data.onBoard')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((agency, index) => {
            const row = conversion.rows[index] ?? 0;
            return (
              <tr key={row}>
                <td>{row}</td>
                <th scope="row">{agency.name}</th>
                <td>{t(`layers.${agency.layer}`)}</td>
                <td>{list((agency.fields ?? []).map((f) => t(`fields.${f}`)))}</td>
                <td>{repeated.has(row) ? t('data.alreadyOnBoard') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
