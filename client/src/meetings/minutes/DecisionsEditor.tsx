import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addDecision,
  type Decision,
  GENERAL_NOTES,
  removeMinutesEntry,
  updateDecision,
} from '../../../../shared/meeting/minutes';
import { DocText, useIssuesText } from '../../cases/DocInputs';

const LOCAL = 'minutes-decisions';

/** The decisions (決定事項) of one section: listed, edited in place, added and removed. */
export function DecisionsEditor({
  doc,
  sectionId,
  decisions,
  editable,
}: {
  doc: Y.Doc | null;
  sectionId: string;
  decisions: readonly Decision[];
  editable: boolean;
}) {
  const { t } = useTranslation('minutes');
  const issuesText = useIssuesText();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const inputId = `decision-new-${sectionId}`;
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    if (!doc) return;
    const itemId = sectionId === GENERAL_NOTES ? undefined : sectionId;
    const result = addDecision(doc, { text: draft, itemId, createdAt: Date.now() }, LOCAL);
    setError(issuesText(result));
    if (result.ok) setDraft('');
  };
  return (
    <div className="minutes-decisions">
      <h4>{t('decisions')}</h4>
      {decisions.length === 0 ? (
        <p className="aside">{t('noDecisions')}</p>
      ) : (
        <ul>
          {decisions.map((d, index) => (
            <li key={d.id}>
              {editable && doc ? (
                <span className="minutes-entry">
                  <DocText
                    id={`decision-${d.id}`}
                    aria-label={t('decisionNumbered', { number: index + 1 })}
                    label={t('decisionNumbered', { number: index + 1 })}
                    value={d.text}
                    onCommit={(text) => updateDecision(doc, d.id, text, LOCAL)}
                  />
                  <button
                    type="button"
                    className="button-secondary button-small"
                    aria-label={t('removeNamed', { text: d.text })}
                    onClick={() => removeMinutesEntry(doc, 'decisions', d.id, LOCAL)}
                  >
                    {t('remove')}
                  </button>
                </span>
              ) : (
                d.text
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="minutes-add" onSubmit={add}>
          <label htmlFor={inputId}>{t('decisionText')}</label>
          <input
            id={inputId}
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit">{t('addDecision')}</button>
          {error && (
            <span id={`${inputId}-error`} className="field-error" role="alert">
              ⚠ {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
