import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView, SubcommitteeView } from '../../../shared/cardApi';
import { errorMessage } from '../api/errorMessage';
import { Notice } from '../forms/Notice';
import { cardApi } from './cardEndpoints';

/** Hands a card to another 部会 of its term, saying why (recorded in its story). */
export function OwnerForm({
  card,
  subcommittees,
  onChanged,
}: {
  card: CardView;
  subcommittees: readonly SubcommitteeView[];
  onChanged: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [owner, setOwner] = useState(card.subcommitteeId ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await cardApi.updateCard(card.id, { subcommitteeId: owner || null, reason: reason.trim() });
      setReason('');
      setError('');
      onChanged(t('cards.ownerChanged'));
    } catch (failure) {
      setError(errorMessage(failure, i18n));
    }
  };
  return (
    <form className="form form-inline" onSubmit={submit} aria-labelledby="owner-title">
      <h2 id="owner-title">{t('cards.changeOwner')}</h2>
      <Notice tone="error">{error}</Notice>
      <div className="field">
        <label htmlFor="card-owner">{t('cards.owner')}</label>
        <select id="card-owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">{t('cards.noOwner')}</option>
          {subcommittees.map((sub) => (
            <option key={sub.id} value={sub.id}>
              {sub.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="owner-reason">{t('cards.reason')}</label>
        <input id="owner-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="form-buttons">
        <button type="submit" className="button-secondary">
          {t('cards.apply')}
        </button>
      </div>
    </form>
  );
}
