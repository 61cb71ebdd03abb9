import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CarryDecision, OPEN_STATUSES, type TermContentsView } from '../../../shared/cardApi';
import { errorMessage } from '../api/errorMessage';
import { TextField } from '../forms/Field';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { cardApi } from './cardEndpoints';

type Choice = { action: string; reason: string };

/** The secretariat's carry-over review: one choice per open card, then the next term. */
export function CloseTermForm({
  contents,
  onClosed,
}: {
  contents: TermContentsView;
  onClosed: (termId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { term } = contents;
  const open = contents.cards.filter((c) =>
    (OPEN_STATUSES as readonly string[]).includes(c.status),
  );
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const choiceOf = (id: string): Choice => choices[id] ?? { action: 'carry', reason: '' };
  const set = (id: string, patch: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [id]: { ...choiceOf(id), ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const decisions: CarryDecision[] = open.map((card) => {
      const { action, reason } = choiceOf(card.id);
      if (action === 'carry') return { cardId: card.id, action: 'carry' };
      if (action === 'done') return { cardId: card.id, action: 'done', reason };
      return { cardId: card.id, action: 'merge', into: action, reason };
    });
    try {
      const next = await cardApi.closeTerm(term.id, {
        next: { name, startsOn, endsOn },
        decisions,
      });
      setOutcome({
        tone: 'success',
        text: t('cards.close.closed', { name: term.name, next: next.name }),
      });
      onClosed(next.id);
    } catch (failure) {
      setOutcome({ tone: 'error', text: errorMessage(failure, i18n) });
    }
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby="close-term-title">
      <h2 id="close-term-title">{t('cards.close.title')}</h2>
      <p>{t('cards.close.intro')}</p>
      <OutcomeNotices outcome={outcome} />
      {open.length === 0 && <p>{t('cards.close.noOpen')}</p>}
      {open.map((card) => (
        <div key={card.id} className="close-card">
          <div className="field">
            <label htmlFor={`close-${card.id}`}>
              {t('cards.close.decision', { title: card.title })}
            </label>
            <select
              id={`close-${card.id}`}
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
            </select>
          </div>
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
        <TextField
          id="nextTermName"
          label={t('cards.termName')}
          hint={t('cards.termNameHint')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <TextField
          id="nextTermStartsOn"
          type="date"
          label={t('cards.startsOn')}
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
          required
        />
        <TextField
          id="nextTermEndsOn"
          type="date"
          label={t('cards.endsOn')}
          value={endsOn}
          onChange={(e) => setEndsOn(e.target.value)}
          required
        />
      </fieldset>
      <div className="form-buttons">
        <button type="submit">{t('cards.close.submit')}</button>
      </div>
    </form>
  );
}
