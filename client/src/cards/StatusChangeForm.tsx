import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../shared/cardApi';
import { ISSUE_CARD_STATUSES, type IssueCardStatus } from '../../../shared/domain';
import { errorMessage } from '../api/errorMessage';
import { Notice } from '../forms/Notice';
import { cardApi } from './cardEndpoints';

const NEEDS_REASON: ReadonlySet<IssueCardStatus> = new Set(['done', 'onHold']);

/** Moves a card to another status, asking why (required to close or hold it). */
export function StatusChangeForm({
  card,
  initial,
  onDone,
  onChanged,
}: {
  card: CardView;
  initial?: IssueCardStatus | undefined;
  onDone: () => void;
  onChanged: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<IssueCardStatus>(initial ?? card.status);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const idBase = `status-${card.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (NEEDS_REASON.has(status) && !reason.trim()) return setError(t('cards.reasonRequired'));
    setBusy(true);
    try {
      await cardApi.updateCard(card.id, { status, reason: reason.trim() });
      onChanged(
        t('cards.statusChanged', { title: card.title, status: t(`cards.statuses.${status}`) }),
      );
      onDone();
    } catch (failure) {
      setError(errorMessage(failure, i18n));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="status-form"
      onSubmit={submit}
      aria-label={t('cards.changeStatusOf', { title: card.title })}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <Notice tone="error">{error}</Notice>
      <div className="field">
        <label htmlFor={`${idBase}-status`}>{t('cards.newStatus')}</label>
        <select
          id={`${idBase}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as IssueCardStatus)}
          // biome-ignore lint/a11y/noAutofocus: opened by the person's own action on this card
          autoFocus
        >
          {ISSUE_CARD_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`cards.statuses.${code}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idBase}-reason`}>{t('cards.reason')}</label>
        <p id={`${idBase}-reason-hint`} className="field-hint">
          {t('cards.reasonHint')}
        </p>
        <textarea
          id={`${idBase}-reason`}
          aria-describedby={`${idBase}-reason-hint`}
          value={reason}
          rows={2}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <div className="entry-form-buttons">
        <button type="submit" aria-disabled={busy}>
          {t('cards.apply')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('cards.cancel')}
        </button>
      </div>
    </form>
  );
}
