import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../shared/cardApi';
import { formatDay } from '../i18n/formatDate';
import { usePunctuation } from '../i18n/usePunctuation';

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
  const { t, i18n } = useTranslation();
  const { aside } = usePunctuation();
  return (
    <div className="field">
      <label htmlFor="term-picker">{t('cards.termLabel')}</label>
      <select id="term-picker" value={chosen} onChange={(e) => onChoose(e.target.value)}>
        {terms.map((term) => (
          <option key={term.id} value={term.id}>
            {aside(
              term.name,
              t('cards.termDates', {
                start: formatDay(term.startsOn, i18n.language),
                end: formatDay(term.endsOn, i18n.language),
              }),
            )}
            {term.current ? ` — ${t('cards.termCurrent')}` : ''}
            {term.closedAt ? ` — ${t('cards.termClosed')}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
