import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../shared/cardApi';
import { ISSUE_CARD_STATUSES, type IssueCardStatus } from '../../../shared/domain';
import { FieldFrame, SelectField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { SaveOrCancel } from '../forms/SaveOrCancel';
import { useSubmit } from '../forms/useSubmit';
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
  const { t } = useTranslation();
  const [status, setStatus] = useState<IssueCardStatus>(initial ?? card.status);
  const [reason, setReason] = useState('');
  const { outcome, busy, submit, fail } = useSubmit();
  const idBase = `status-${card.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (NEEDS_REASON.has(status) && !reason.trim()) return fail(t('cards.reasonRequired'));
    const ok = await submit(async () => {
      await cardApi.updateCard(card.id, { status, reason: reason.trim() });
      return t('cards.statusChanged', { title: card.title, status: t(`cards.statuses.${status}`) });
    });
    if (ok) {
      onChanged(
        t('cards.statusChanged', { title: card.title, status: t(`cards.statuses.${status}`) }),
      );
      onDone();
    }
  };

  return (
    <form
      className="status-form"
      onSubmit={onSubmit}
      aria-label={t('cards.changeStatusOf', { title: card.title })}
      onKeyDown={(e) => e.key === 'Escape' && onDone()}
    >
      <Notice tone="error">{outcome?.tone === 'error' ? outcome.text : ''}</Notice>
      <SelectField
        id={`${idBase}-status`}
        label={t('cards.newStatus')}
        value={status}
        onChange={(e) => setStatus(e.target.value as IssueCardStatus)}
        autoFocus
      >
        {ISSUE_CARD_STATUSES.map((code) => (
          <option key={code} value={code}>
            {t(`cards.statuses.${code}`)}
          </option>
        ))}
      </SelectField>
      <FieldFrame id={`${idBase}-reason`} label={t('cards.reason')} hint={t('cards.reasonHint')}>
        {(describedBy) => (
          <textarea
            id={`${idBase}-reason`}
            aria-describedby={describedBy}
            value={reason}
            rows={2}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FieldFrame>
      <SaveOrCancel
        className="entry-form-buttons"
        busy={busy}
        saveLabel={t('cards.apply')}
        cancelLabel={t('cards.cancel')}
        onCancel={onDone}
      />
    </form>
  );
}
