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
import { ChoiceField } from '../../forms/Field';
import type { Option } from '../../forms/Options';

const LOCAL = 'minutes-actions';

export type Choice = { id: string; label: string; disabled?: boolean };

type Props = {
  doc: Y.Doc | null;
  actions: readonly ActionItem[];
  editable: boolean;
  closed: boolean;
  /** By item: whether it is already on its card and in its case space (from the server). */
  placement: ReadonlyMap<string, { card: boolean; case: boolean }>;
  /** Who may own an action: the council's members and secretariat. */
  people: readonly Choice[];
  /** The cards the agenda links to. */
  cards: readonly Choice[];
  /** The reader's own case spaces, by pseudonym (a closed or locked one cannot be chosen). */
  cases: readonly Choice[];
  /** Whether the reader may open the cards (guests by link may not). */
  linkCards: boolean;
};

/**
 * The action items (アクション): what, who, by when, and the card and the case space each goes
 * into when the meeting closes. A case space is named only to its own members.
 */
export function ActionItemsEditor({
  doc,
  actions,
  editable,
  closed,
  placement,
  people,
  cards,
  cases,
  linkCards,
}: Props) {
  const { t, i18n } = useTranslation('minutes');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const status = (action: ActionItem, target: 'card' | 'case') => {
    if (placement.get(action.id)?.[target]) return t(`${target}Placed`);
    return closed ? t(`${target}NotPlaced`) : t(`${target}WillBePlaced`);
  };
  const caseName = (caseId: string) => cases.find((c) => c.id === caseId);
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
                      <span className="aside">
                        {t('status', { status: status(action, 'card') })}
                      </span>
                    </>
                  ) : (
                    t('noCard')
                  )}
                </dd>
                {action.caseId && (
                  <>
                    <dt>{t('case')}</dt>
                    <dd>
                      <CaseName id={action.caseId} choice={caseName(action.caseId)} />{' '}
                      <span className="aside">
                        {t('status', { status: status(action, 'case') })}
                      </span>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {editable && doc && <AddActionForm doc={doc} people={people} cards={cards} cases={cases} />}
    </>
  );
}

const optionsOf = (choices: readonly Choice[]): Option<string>[] =>
  choices.map((c) => ({ value: c.id, label: c.label, disabled: c.disabled }));

function CaseName({ id, choice }: { id: string; choice: Choice | undefined }) {
  const { t } = useTranslation('minutes');
  if (!choice) return <>{t('caseHidden')}</>;
  return <Link to={`/cases/${id}`}>{choice.label}</Link>;
}

function AddActionForm({
  doc,
  people,
  cards,
  cases,
}: {
  doc: Y.Doc;
  people: readonly Choice[];
  cards: readonly Choice[];
  cases: readonly Choice[];
}) {
  const { t } = useTranslation('minutes');
  const issuesText = useIssuesText();
  const empty = { text: '', ownerId: '', due: '', cardId: '', caseId: '' };
  const [draft, setDraft] = useState(empty);
  const [error, setError] = useState('');
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const owner = people.find((p) => p.id === draft.ownerId);
    const card = cards.find((c) => c.id === draft.cardId);
    const space = cases.find((c) => c.id === draft.caseId && !c.disabled);
    const result = addActionItem(
      doc,
      {
        text: draft.text,
        ownerId: owner?.id,
        ownerName: owner?.label,
        due: draft.due,
        cardId: card?.id,
        cardLabel: card?.label,
        caseId: space?.id,
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
      <ChoiceField
        id="action-new-owner"
        label={t('owner')}
        value={draft.ownerId}
        blank={t('noOwner')}
        options={optionsOf(people)}
        onChange={(ownerId) => set({ ownerId })}
      />
      <div className="field">
        <label htmlFor="action-new-due">{t('due')}</label>
        <input
          id="action-new-due"
          type="date"
          value={draft.due}
          onChange={(e) => set({ due: e.target.value })}
        />
      </div>
      <ChoiceField
        id="action-new-card"
        label={t('card')}
        hint={t('cardHint')}
        value={draft.cardId}
        blank={t('noCard')}
        options={optionsOf(cards)}
        onChange={(cardId) => set({ cardId })}
      />
      {cases.length > 0 && (
        <ChoiceField
          id="action-new-case"
          label={t('case')}
          hint={t('caseHint')}
          value={draft.caseId}
          blank={t('noCase')}
          options={optionsOf(cases)}
          onChange={(caseId) => set({ caseId })}
        />
      )}
      <button type="submit">{t('addAction')}</button>
      {error && (
        <p id="action-new-error" className="field-error" role="alert">
          ⚠ {error}
        </p>
      )}
    </form>
  );
}
