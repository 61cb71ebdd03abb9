import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../shared/cardApi';

/** Which term the page shows; the current one is marked, closed ones say they are read-only. */
export function TermPicker({
  terms,
  chosen,
  onChoose,
}: {
  terms: readonly TermView[];
  chosen: string;
  onChoose: (termId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="term-picker">{t('cards.termLabel')}</label>
      <select id="term-picker" value={chosen} onChange={(e) => onChoose(e.target.value)}>
        {terms.map((term) => (
          <option key={term.id} value={term.id}>
            {term.name}（{t('cards.termDates', { start: term.startsOn, end: term.endsOn })}）
            {term.current ? ` — ${t('cards.termCurrent')}` : ''}
            {term.closedAt ? ` — ${t('cards.termClosed')}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
