import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addRelation,
  addSupporter,
  type CaseDocument,
  removeRelations,
  removeSupporters,
  updateRelation,
} from '../../../shared/case/document';
import {
  DIRECTIONS,
  INFORMAL_RELATIONS,
  type InformalRelation,
  NOTE_MAX,
  PERSON,
  RELATION_KINDS,
  type Relation,
  type RelationKind,
  STRENGTHS,
} from '../../../shared/case/ecomap';
import { api } from '../api/endpoints';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { ChoiceField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { Options } from '../forms/Options';
import { usePunctuation } from '../i18n/usePunctuation';
import { useMe } from '../session/SessionContext';
import { type Column, SortableTable, textColumn } from '../tables/SortableTable';
import { DocForm } from './DocForm';
import { DocText, useIssuesText } from './DocInputs';
import type { NameOf } from './EcomapTab';
import { useBoardAgencies } from './useBoardAgencies';

type Props = { doc: Y.Doc; data: CaseDocument; nameOf: NameOf; editable: boolean };
/** The fields of a relation its row lets one change. */
type EditableField = Exclude<keyof Relation, 'id' | 'from' | 'to'>;

/** The ecomap as tables, every field a form control: the keyboard way to edit it. */
export function EcomapList({ doc, data, nameOf, editable }: Props) {
  const { t } = useTranslation('cases');
  const mark = usePunctuation();
  const issuesText = useIssuesText();
  const [failure, setFailure] = useState('');
  const endpoints = [PERSON, ...data.supporters.map((s) => s.id)];
  const patch = (r: Relation, change: Parameters<typeof updateRelation>[2]) =>
    setFailure(issuesText(updateRelation(doc, r.id, change)));
  const who = (r: Relation) => `${nameOf(r.from)} – ${nameOf(r.to)}`;
  const label = (r: Relation, field: EditableField) => mark.labelled(who(r), t(`ecomap.${field}`));
  // Kind, strength and direction are each one of a fixed list, changed as soon as chosen.
  const choice = <F extends 'kind' | 'strength' | 'direction'>(
    field: F,
    options: readonly Relation[F][],
    optionLabel: (option: Relation[F]) => string,
  ) => ({
    key: field,
    label: t(`ecomap.${field}`),
    cell: (r: Relation) => (
      <select
        aria-label={label(r, field)}
        value={r[field]}
        disabled={!editable}
        onChange={(e) => patch(r, { [field]: e.target.value })}
      >
        <Options
          options={options.map((option) => ({ value: option, label: optionLabel(option) }))}
        />
      </select>
    ),
  });
  const text = (field: 'validFrom' | 'validTo' | 'note') => ({
    key: field,
    label: t(`ecomap.${field}`),
    cell: (r: Relation) => (
      <DocText
        type={field === 'note' ? 'text' : 'date'}
        aria-label={label(r, field)}
        label={t(`ecomap.${field}`)}
        id={`rel-${r.id}-${field}`}
        value={r[field]}
        disabled={!editable}
        maxLength={field === 'note' ? NOTE_MAX : undefined}
        onCommit={(v) => updateRelation(doc, r.id, { [field]: v })}
      />
    ),
  });
  const columns: Column<Relation>[] = [
    textColumn('from', t('ecomap.from'), (r) => nameOf(r.from), true),
    textColumn('to', t('ecomap.to'), (r) => nameOf(r.to)),
    choice('kind', RELATION_KINDS, (k) => t(`relationKinds.${k}`)),
    choice('strength', STRENGTHS, (k) => t(`strengths.${k}`)),
    {
      key: 'stress',
      label: t('ecomap.stress'),
      cell: (r) => (
        <input
          type="checkbox"
          aria-label={label(r, 'stress')}
          checked={r.stress}
          disabled={!editable}
          onChange={(e) => patch(r, { stress: e.target.checked })}
        />
      ),
    },
    choice('direction', DIRECTIONS, (k) => t(`directions.${k}`)),
    text('validFrom'),
    text('validTo'),
    text('note'),
  ];
  return (
    <div className="ecomap-list">
      <Notice tone="error">{failure}</Notice>
      <h3>{t('ecomap.supporters')}</h3>
      {data.supporters.length === 0 ? (
        <p>{t('ecomap.noSupporters')}</p>
      ) : (
        <ul className="supporter-list">
          {data.supporters.map((s) => (
            <li key={s.id}>
              {nameOf(s.id)}
              {editable && (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => removeSupporters(doc, [s.id])}
                  aria-label={t('ecomap.removeSupporter', { name: nameOf(s.id) })}
                >
                  {t('ecomap.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <AddSupporterForm doc={doc} />}
      <h3 id="relations-title">{t('ecomap.relations')}</h3>
      <SortableTable
        labelledBy="relations-title"
        className="relation-table"
        columns={columns}
        rows={data.relations}
        rowKey={(r) => r.id}
        empty={t('ecomap.noRelations')}
        actions={
          editable
            ? (r) => (
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => removeRelations(doc, [r.id])}
                  aria-label={t('ecomap.removeRelation', { name: who(r) })}
                >
                  {t('ecomap.remove')}
                </button>
              )
            : undefined
        }
      />
      {editable && <AddRelationForm doc={doc} endpoints={endpoints} nameOf={nameOf} />}
    </div>
  );
}

function AddSupporterForm({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation('cases');
  const me = useMe();
  const [kind, setKind] = useState<'person' | 'agency'>('person');
  const [label, setLabel] = useState('');
  const [relation, setRelation] = useState<InformalRelation>('family');
  const [boardId, setBoardId] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [boards] = useApiData(
    queryKeys.ofCouncils(
      'boards',
      me.councils.map((c) => c.id),
    ),
    () => Promise.all(me.councils.map((c) => api.boards(c.id))).then((all) => all.flat()),
  );
  const agencies =
    useBoardAgencies(kind === 'agency' && boardId ? [boardId] : []).get(boardId) ?? [];
  return (
    <DocForm
      className="form form-inline add-supporter"
      submitLabel={t('ecomap.add')}
      write={() =>
        kind === 'person'
          ? addSupporter(doc, { kind, label, relation })
          : addSupporter(doc, { kind, boardId, agencyId })
      }
      onWritten={() => setLabel('')}
    >
      <h4>{t('ecomap.addSupporter')}</h4>
      <ChoiceField
        id="sup-kind"
        label={t('ecomap.supporterKind')}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'person', label: t('ecomap.kindPerson') },
          { value: 'agency', label: t('ecomap.kindAgency') },
        ]}
      />
      {kind === 'person' ? (
        <>
          <div className="field">
            <label htmlFor="sup-label">{t('ecomap.label')}</label>
            <input
              id="sup-label"
              value={label}
              maxLength={60}
              aria-describedby="sup-label-hint"
              onChange={(e) => setLabel(e.target.value)}
            />
            <p id="sup-label-hint" className="field-hint">
              {t('ecomap.labelHint')}
            </p>
          </div>
          <ChoiceField
            id="sup-relation"
            label={t('ecomap.relation')}
            value={relation}
            onChange={setRelation}
            options={INFORMAL_RELATIONS.map((r) => ({ value: r, label: t(`informal.${r}`) }))}
          />
        </>
      ) : (
        <>
          <ChoiceField
            id="sup-board"
            label={t('ecomap.board')}
            value={boardId}
            onChange={setBoardId}
            blank="—"
            options={
              boards.state === 'ready'
                ? boards.data
                    .filter((b) => !b.archived)
                    .map((b) => ({ value: b.id, label: b.name }))
                : []
            }
          />
          <ChoiceField
            id="sup-agency"
            label={t('ecomap.agency')}
            value={agencyId}
            onChange={setAgencyId}
            blank="—"
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
          />
        </>
      )}
    </DocForm>
  );
}

function AddRelationForm({
  doc,
  endpoints,
  nameOf,
}: {
  doc: Y.Doc;
  endpoints: string[];
  nameOf: NameOf;
}) {
  const { t } = useTranslation('cases');
  const [from, setFrom] = useState(PERSON);
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<RelationKind>('care');
  return (
    <DocForm
      className="form form-inline add-relation"
      submitLabel={t('ecomap.add')}
      write={() => addRelation(doc, { from, to, kind })}
    >
      <h4>{t('ecomap.addRelation')}</h4>
      {(
        [
          ['rel-from', 'from', from, setFrom],
          ['rel-to', 'to', to, setTo],
        ] as const
      ).map(([id, field, value, set]) => (
        <ChoiceField
          key={id}
          id={id}
          label={t(`ecomap.${field}`)}
          value={value}
          onChange={set}
          blank="—"
          options={endpoints.map((e) => ({ value: e, label: nameOf(e) }))}
        />
      ))}
      <ChoiceField
        id="rel-kind"
        label={t('ecomap.kind')}
        value={kind}
        onChange={setKind}
        options={RELATION_KINDS.map((k) => ({ value: k, label: t(`relationKinds.${k}`) }))}
      />
    </DocForm>
  );
}
