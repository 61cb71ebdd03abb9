import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import {
  type ActionItem,
  addActionItem,
  removeMinutesEntry,
  updateActionItem,
} from '../../../../shared/meeting/minutes';
import { documentDate } from '../../../../shared/reports/documentDate';
import { DocText, useIssuesText } from '../../cases/DocInputs';

const LOCAL = 'minutes-actions';

export type Choice = { id: string; label: string };

type Props = {
  doc: Y.Doc | null;
  actions: readonly ActionItem[];
  editable: boolean;
  closed: boolean;
  /** Items already on their cards (from the server). */
  placed: ReadonlySet<string>;
  /** Who may own an action: the council's members and secretariat. */
  people: readonly Choice[];
  /** The cards the agenda links to. */
  cards: readonly Choice[];
  /** Whether the reader may open the cards (guests by link may not). */
  linkCards: boolean;
};

/** The action items (アクション): what, who, by when, and the card each goes on when the meeting closes. */
export function ActionItemsEditor({
  doc,
  actions,
  editable,
  closed,
  placed,
  people,
  cards,
  linkCards,
}: Props) {
  const { t, i18n } = useTranslation('minutes');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const status = (action: ActionItem) => {
    if (!action.cardId) return null;
    if (placed.has(action.id)) return t('placed');
    return closed ? t('notPlaced') : t('willBePlaced');
  };
  return (
    <>
      {actions.length === 0 ? (
        <p className="aside">{t('noActions')}</p>
      ) : (
        <ul className="minutes-actions">
          {actions.map((action, index) => (
            <li key={action.id}>
              {editable && doc ? (
                <span className="minutes-entry">
                  <DocText
                    id={`action-${action.id}`}
                    aria-label={t('actionNumbered', { number: index + 1 })}
                    label={t('actionNumbered', { number: index + 1 })}
                    value={action.text}
                    onCommit={(text) => updateActionItem(doc, action.id, { text }, LOCAL)}
                  />
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('removeNamed', { text: action.text })}
                    onClick={() => removeMinutesEntry(doc, 'actions', action.id, LOCAL)}
                  >
                    {t('remove')}
                  </button>
                </span>
              ) : (
                <strong>{action.text}</strong>
              )}
              <dl className="minutes-action-facts">
                <dt>{t('owner')}</dt>
                <dd>{action.ownerName || t('noOwner')}</dd>
                <dt>{t('due')}</dt>
                <dd>{action.due ? documentDate(lang, action.due) : t('noDue')}</dd>
                <dt>{t('card')}</dt>
                <dd>
                  {action.cardId ? (
                    <>
                      {linkCards ? (
                        <Link to={`/cards/${action.cardId}`}>
                          {action.cardLabel || action.cardId}
                        </Link>
                      ) : (
                        action.cardLabel || action.cardId
                      )}{' '}
                      <span className="aside">（{status(action)}）</span>
                    </>
                  ) : (
                    t('noCard')
                  )}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {editable && doc && <AddActionForm doc={doc} people={people} cards={cards} />}
    </>
  );
}

function AddActionForm({
  doc,
  people,
  cards,
}: {
  doc: Y.Doc;
  people: readonly Choice[];
  cards: readonly Choice[];
}) {
  const { t } = useTranslation('minutes');
  const issuesText = useIssuesText();
  const empty = { text: '', ownerId: '', due: '', cardId: '' };
  const [draft, setDraft] = useState(empty);
  const [error, setError] = useState('');
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const owner = people.find((p) => p.id === draft.ownerId);
    const card = cards.find((c) => c.id === draft.cardId);
    const result = addActionItem(
      doc,
      {
        text: draft.text,
        ownerId: owner?.id,
        ownerName: owner?.label,
        due: draft.due,
        cardId: card?.id,
        cardLabel: card?.label,
        createdAt: Date.now(),
      },
      LOCAL,
    );
    setError(issuesText(result));
    if (result.ok) setDraft(empty);
  };
  return (
    <form className="minutes-action-form" onSubmit={add} aria-labelledby="minutes-add-action">
      <h3 id="minutes-add-action">{t('addAction')}</h3>
      <div className="field">
        <label htmlFor="action-new-text">{t('actionText')}</label>
        <input
          id="action-new-text"
          value={draft.text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'action-new-error' : undefined}
          onChange={(e) => set({ text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="action-new-owner">{t('owner')}</label>
        <select
          id="action-new-owner"
          value={draft.ownerId}
          onChange={(e) => set({ ownerId: e.target.value })}
        >
          <option value="">{t('noOwner')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="action-new-due">{t('due')}</label>
        <input
          id="action-new-due"
          type="date"
          value={draft.due}
          onChange={(e) => set({ due: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="action-new-card">{t('card')}</label>
        <select
          id="action-new-card"
          value={draft.cardId}
          aria-describedby="action-new-card-hint"
          onChange={(e) => set({ cardId: e.target.value })}
        >
          <option value="">{t('noCard')}</option>
          {cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <p id="action-new-card-hint" className="hint">
          {t('cardHint')}
        </p>
      </div>
      <button type="submit">{t('addAction')}</button>
      {error && (
        <p id="action-new-error" className="field-error" role="alert">
          ⚠ {error}
        </p>
      )}
    </form>
  );
}
