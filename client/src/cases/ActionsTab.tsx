import { type FormEvent, useState } from 'react';
import type * as Y from 'yjs';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/case/actionItem';
import {
  addActionItem,
  type CaseDocument,
  removeActionItems,
  updateActionItem,
} from '../../../shared/case/document';
import { overdueActions } from '../../../shared/case/gaps';
import { TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { issuesText } from './DocInputs';
import { useCasesTranslation } from './i18n';

/** What was agreed: who does what by when. */
export function ActionsTab({
  doc,
  data,
  editable,
}: {
  doc: Y.Doc;
  data: CaseDocument;
  editable: boolean;
}) {
  const { t } = useCasesTranslation();
  const overdue = new Set(
    overdueActions(data.actions, new Date().toISOString().slice(0, 10)).map((a) => a.id),
  );
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [failure, setFailure] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addActionItem(doc, { title, owner, due });
    setFailure(issuesText(result));
    if (result.ok) setTitle('');
  };
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions.title')}</h2>
      {data.actions.length === 0 ? (
        <p>{t('actions.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('actions.what')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('actions.due')}</th>
                <th scope="col">{t('actions.status')}</th>
                {editable && <td />}
              </tr>
            </thead>
            <tbody>
              {data.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{a.owner ?? '—'}</td>
                  <td>
                    {a.due ?? '—'}{' '}
                    {overdue.has(a.id) && <span className="gap">{t('actions.overdue')}</span>}
                  </td>
                  <td>
                    <select
                      aria-label={`${a.title}：${t('actions.status')}`}
                      value={a.status}
                      disabled={!editable}
                      onChange={(e) =>
                        updateActionItem(doc, a.id, { status: e.target.value as ActionStatus })
                      }
                    >
                      {ACTION_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`actions.statuses.${s}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {editable && (
                    <td>
                      <button
                        type="button"
                        className="button-secondary"
                        aria-label={t('actions.remove', { name: a.title })}
                        onClick={() => removeActionItems(doc, [a.id])}
                      >
                        {t('ecomap.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <form onSubmit={submit} className="form form-inline" noValidate>
          <TextField
            id="action-title"
            label={t('actions.what')}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextField
            id="action-owner"
            label={t('actions.owner')}
            value={owner}
            maxLength={120}
            onChange={(e) => setOwner(e.target.value)}
          />
          <TextField
            id="action-due"
            label={t('actions.due')}
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
          <div className="form-buttons">
            <button type="submit">{t('actions.add')}</button>
          </div>
          <Notice tone="error">{failure}</Notice>
        </form>
      )}
    </section>
  );
}
