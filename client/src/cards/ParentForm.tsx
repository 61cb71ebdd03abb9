import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../shared/cardApi';
import { errorMessage } from '../api/errorMessage';
import { Notice } from '../forms/Notice';
import { cardApi } from './cardEndpoints';

/**
 * The secretariat puts a card under another issue of its term as a sub-item (A-a under A), or
 * makes it an issue of its own, saying why (recorded in its story). The tree is one level deep:
 * only top-level cards can be parents, and a card with sub-items stays top-level.
 */
export function ParentForm({
  card,
  cards,
  onChanged,
}: {
  card: CardView;
  cards: readonly CardView[];
  onChanged: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [parent, setParent] = useState(card.parentId ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const hasChildren = cards.some((c) => c.parentId === card.id);
  const candidates = cards.filter((c) => c.id !== card.id && !c.parentId);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await cardApi.updateCard(card.id, { parentId: parent || null, reason: reason.trim() });
      setReason('');
      setError('');
      onChanged(t('cards.parentChanged'));
    } catch (failure) {
      setError(errorMessage(failure, i18n));
    }
  };
  return (
    <form className="form form-inline" onSubmit={submit} aria-labelledby="parent-title">
      <h2 id="parent-title">{t('cards.changeParent')}</h2>
      <Notice tone="error">{error}</Notice>
      {hasChildren ? (
        <p>{t('cards.parentHasChildren')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="card-parent">{t('cards.parent')}</label>
            <select id="card-parent" value={parent} onChange={(e) => setParent(e.target.value)}>
              <option value="">{t('cards.noParent')}</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code ? `${c.code} ` : ''}
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="parent-reason">{t('cards.reason')}</label>
            <input id="parent-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="form-buttons">
            <button type="submit" className="button-secondary">
              {t('cards.apply')}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
