import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ACTION_STATUSES,
  ACTION_TITLE_MAX,
  type ActionItem,
  type ActionStatus,
} from '../../../shared/case/actionItem';
import { addActionItem, removeActionItems, updateActionItem } from '../../../shared/case/document';
import { overdueActions } from '../../../shared/case/gaps';
import { TextField } from '../forms/Field';
import { Options } from '../forms/Options';
import { useFields } from '../forms/useFields';
import { formatDay } from '../i18n/formatDate';
import { usePunctuation } from '../i18n/usePunctuation';
import { type Column, SortableTable } from '../tables/SortableTable';
import { DocForm } from './DocForm';
import { DocText } from './DocInputs';
import type { CaseTabProps } from './useCaseDocument';

/** Items without a due date sort after every dated one. */
const NO_DUE = '9999-12-31';

const FIELD_LABELS = { title: 'actions.what', owner: 'actions.owner', due: 'actions.due' } as const;

/** What was agreed: who does what by when. Every field of an item can be changed in its row. */
export function ActionsTab({ doc, data, editable }: CaseTabProps) {
  const { t, i18n } = useTranslation('cases');
  const mark = usePunctuation();
  const overdue = new Set(
    overdueActions(data.actions, new Date().toISOString().slice(0, 10)).map((a) => a.id),
  );
  const form = useFields({ title: '', owner: '', due: '' }, 'action');
  // Each field is edited in place: written on blur or Enter, following others' edits meanwhile.
  const text = (a: ActionItem, field: 'title' | 'owner' | 'due', maxLength?: number) =>
    editable ? (
      <DocText
        id={`action-${a.id}-${field}`}
        aria-label={mark.labelled(a.title, t(FIELD_LABELS[field]))}
        label={t(FIELD_LABELS[field])}
        type={field === 'due' ? 'date' : 'text'}
        value={a[field]}
        maxLength={maxLength}
        onCommit={(value) => updateActionItem(doc, a.id, { [field]: value })}
      />
    ) : field === 'due' && a.due ? (
      formatDay(a.due, i18n.language)
    ) : (
      (a[field] ?? '—')
    );
  const columns: Column<ActionItem>[] = [
    {
      key: 'title',
      label: t('actions.what'),
      sortValue: (a) => a.title,
      cell: (a) => (
        <>
          {text(a, 'title', ACTION_TITLE_MAX)}
          {a.meetingId && (
            <Link className="action-from-meeting" to={`/meetings/${a.meetingId}/minutes`}>
              {t('actions.fromMeeting')}
            </Link>
          )}
        </>
      ),
      rowHeader: true,
    },
    {
      key: 'owner',
      label: t('actions.owner'),
      sortValue: (a) => a.owner ?? '',
      cell: (a) => text(a, 'owner', 120),
    },
    {
      key: 'due',
      label: t('actions.due'),
      sortValue: (a) => a.due ?? NO_DUE,
      cell: (a) => (
        <>
          {text(a, 'due')}
          {overdue.has(a.id) && <span className="gap">{t('actions.overdue')}</span>}
        </>
      ),
    },
    {
      key: 'status',
      label: t('actions.status'),
      sortValue: (a) => ACTION_STATUSES.indexOf(a.status),
      cell: (a) => (
        <select
          aria-label={mark.labelled(a.title, t('actions.status'))}
          value={a.status}
          disabled={!editable}
          onChange={(e) => updateActionItem(doc, a.id, { status: e.target.value as ActionStatus })}
        >
          <Options
            options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
          />
        </select>
      ),
    },
  ];
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions.title')}</h2>
      <SortableTable
        labelledBy="actions-title"
        columns={columns}
        rows={data.actions}
        rowKey={(a) => a.id}
        empty={t('actions.empty')}
        initialSort={{ key: 'due', ascending: true }}
        actions={
          editable
            ? (a) => (
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t('actions.remove', { name: a.title })}
                  onClick={() => removeActionItems(doc, [a.id])}
                >
                  {t('ecomap.remove')}
                </button>
              )
            : undefined
        }
      />
      {editable && (
        <DocForm
          className="form form-inline"
          submitLabel={t('actions.add')}
          write={() => addActionItem(doc, form.values)}
          onWritten={() => form.reset('title')}
        >
          <TextField label={t('actions.what')} maxLength={200} {...form.field('title')} />
          <TextField label={t('actions.owner')} maxLength={120} {...form.field('owner')} />
          <TextField label={t('actions.due')} type="date" {...form.field('due')} />
        </DocForm>
      )}
    </section>
  );
}
