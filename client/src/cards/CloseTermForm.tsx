import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CarryDecision, OPEN_STATUSES, type TermContentsView } from '../../../shared/cardApi';
import { SelectField, TextField } from '../forms/Field';
import { OutcomeNotices } from '../forms/Notice';
import { SaveOrCancel } from '../forms/SaveOrCancel';
import { useSubmit } from '../forms/useSubmit';
import { cardApi } from './cardEndpoints';
import { NO_TERM, TermFields } from './TermFields';

type Choice = { action: string; reason: string };

/** The secretariat's carry-over review: one choice per open card, then the next term. */
export function CloseTermForm({
  contents,
  onClosed,
}: {
  contents: TermContentsView;
  /** The new term, and the confirmation: this form goes with the closed term, so the page says it. */
  onClosed: (termId: string, confirmation: string) => void;
}) {
  const { t } = useTranslation();
  const { term } = contents;
  const open = contents.cards.filter((c) =>
    (OPEN_STATUSES as readonly string[]).includes(c.status),
  );
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [next, setNext] = useState(NO_TERM);
  const { outcome, busy, submit } = useSubmit();
  const choiceOf = (id: string): Choice => choices[id] ?? { action: 'carry', reason: '' };
  const set = (id: string, patch: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [id]: { ...choiceOf(id), ...patch } }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const decisions: CarryDecision[] = open.map((card) => {
      const { action, reason } = choiceOf(card.id);
      if (action === 'carry') return { cardId: card.id, action: 'carry' };
      if (action === 'done') return { cardId: card.id, action: 'done', reason };
      return { cardId: card.id, action: 'merge', into: action, reason };
    });
    await submit(async () => {
      const opened = await cardApi.closeTerm(term.id, { next, decisions });
      onClosed(opened.id, t('cards.close.closed', { name: term.name, next: opened.name }));
      return '';
    });
  };

  return (
    <form className="form card" onSubmit={onSubmit} aria-labelledby="close-term-title">
      <h2 id="close-term-title">{t('cards.close.title')}</h2>
      <p>{t('cards.close.intro')}</p>
      <OutcomeNotices outcome={outcome} />
      {open.length === 0 && <p>{t('cards.close.noOpen')}</p>}
      {open.map((card) => (
        <div key={card.id} className="close-card">
          <SelectField
            id={`close-${card.id}`}
            label={t('cards.close.decision', { title: card.title })}
            value={choiceOf(card.id).action}
            onChange={(e) => set(card.id, { action: e.target.value })}
          >
            <option value="carry">{t('cards.close.carry')}</option>
            <option value="done">{t('cards.close.done')}</option>
            {open
              .filter((other) => other.id !== card.id)
              .map((other) => (
                <option key={other.id} value={other.id}>
                  {t('cards.close.mergeInto', { title: other.title })}
                </option>
              ))}
          </SelectField>
          {choiceOf(card.id).action !== 'carry' && (
            <TextField
              id={`close-reason-${card.id}`}
              label={t('cards.close.reason', { title: card.title })}
              value={choiceOf(card.id).reason}
              onChange={(e) => set(card.id, { reason: e.target.value })}
            />
          )}
        </div>
      ))}
      <fieldset>
        <legend>{t('cards.close.nextTerm')}</legend>
        <TermFields idPrefix="nextTerm" value={next} onChange={setNext} />
      </fieldset>
      <SaveOrCancel busy={busy} saveLabel={t('cards.close.submit')} busyLabel={t('app.loading')} />
    </form>
  );
}
