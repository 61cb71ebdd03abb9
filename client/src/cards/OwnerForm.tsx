import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView, SubcommitteeView } from '../../../shared/cardApi';
import { SelectField, TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { SaveOrCancel } from '../forms/SaveOrCancel';
import { useSubmit } from '../forms/useSubmit';
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
  const { t } = useTranslation();
  const [owner, setOwner] = useState(card.subcommitteeId ?? '');
  const [reason, setReason] = useState('');
  const { outcome, busy, submit } = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(async () => {
      await cardApi.updateCard(card.id, { subcommitteeId: owner || null, reason: reason.trim() });
      return t('cards.ownerChanged');
    });
    if (ok) {
      setReason('');
      onChanged(t('cards.ownerChanged'));
    }
  };
  return (
    <form className="form form-inline" onSubmit={onSubmit} aria-labelledby="owner-title">
      <h2 id="owner-title">{t('cards.changeOwner')}</h2>
      <Notice tone="error">{outcome?.tone === 'error' ? outcome.text : ''}</Notice>
      <SelectField
        id="card-owner"
        label={t('cards.owner')}
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
      >
        <option value="">{t('cards.noOwner')}</option>
        {subcommittees.map((sub) => (
          <option key={sub.id} value={sub.id}>
            {sub.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="owner-reason"
        label={t('cards.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <SaveOrCancel busy={busy} saveLabel={t('cards.apply')} />
    </form>
  );
}
