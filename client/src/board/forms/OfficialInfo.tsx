import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import { formatDay } from '../../i18n/formatDate';
import { useFormatList } from '../../i18n/useFormatList';

// What the official list says of the agency and the council does not edit here: a re-import
// overwrites it (shared/board/providers/reimport.ts OFFICIAL_FIELDS).
const SHOWN = [
  'services',
  'corporateNumber',
  'medicalCode',
  'fax',
  'url',
  'officialNotes',
  'source',
  'sourceDate',
] as const;

/** The official list's fields of an agency, and its mark when the list no longer names it. */
export function OfficialInfo({ agency }: { agency: Agency }) {
  const { t, i18n } = useTranslation('board');
  const list = useFormatList();
  const shown = SHOWN.flatMap((key) => {
    const value = agency[key];
    const text = Array.isArray(value) ? list(value) : value;
    return text ? [{ key, text }] : [];
  });
  if (shown.length === 0 && !agency.notListedSince) return null;
  return (
    <section aria-labelledby="official-info-title" className="official-info">
      <h3 id="official-info-title">{t('official.title')}</h3>
      {agency.notListedSince && (
        <p className="notice notice-info">
          {t('official.notListed', { date: formatDay(agency.notListedSince, i18n.language) })}
        </p>
      )}
      <dl>
        {shown.map(({ key, text }) => (
          <Fragment key={key}>
            <dt>{t(`agency.${key}`)}</dt>
            <dd>{text}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
