import { useTranslation } from 'react-i18next';
import type { FieldConflict } from './useLiveFields';

/**
 * Says, before a save overwrites it, that someone else changed a field this person changed too
 * ("〇〇さんが電話番号を変えました"), with the text they wrote. The region stays mounted so
 * screen readers announce it when it appears.
 */
export function ConflictNotice<K extends string>({
  conflicts,
  labelOf,
  held,
}: {
  conflicts: readonly FieldConflict<K>[];
  labelOf: (key: K) => string;
  /** A save was held back: ask for the second press. */
  held: boolean;
}) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return <div role="alert" className="notice-empty" />;
  return (
    <div role="alert" className="notice notice-error">
      <span className="notice-icon" aria-hidden="true">
        ⚠
      </span>
      <span>
        {conflicts.map(({ key, value, by }) => (
          <span key={key}>
            {by
              ? t('liveForm.changedBy', { name: by, field: labelOf(key) })
              : t('liveForm.changedBySomeone', { field: labelOf(key) })}
            {typeof value === 'string' &&
              t('liveForm.theirValue', { value: value === '' ? t('liveForm.empty') : value })}{' '}
          </span>
        ))}
        {t(held ? 'liveForm.confirmOverwrite' : 'liveForm.overwrite')}
      </span>
    </div>
  );
}
