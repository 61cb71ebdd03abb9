import { useTranslation } from 'react-i18next';

/** How far a batched import has written. */
export function ImportProgress({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation('board');
  return (
    <div className="import-progress" role="status">
      <label htmlFor="import-progress">{t('data.importing', { done, total })}</label>
      <progress id="import-progress" value={done} max={total} />
    </div>
  );
}
