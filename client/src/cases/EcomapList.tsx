import { type FormEvent, useState } from 'react';
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
  PERSON,
  RELATION_KINDS,
  type Relation,
  type RelationKind,
  STRENGTHS,
} from '../../../shared/case/ecomap';
import { useApiData } from '../api/useApiData';
import { Notice } from '../forms/Notice';
import { useMe } from '../session/SessionContext';
import { caseApi } from './caseEndpoints';
import { DocText, issuesText } from './DocInputs';
import type { NameOf } from './EcomapTab';
import { useCasesTranslation } from './i18n';
import { useBoardAgencies } from './useBoardAgencies';

type Props = { doc: Y.Doc; data: CaseDocument; nameOf: NameOf; editable: boolean };

/** The ecomap as tables, every field a form control: the keyboard way to edit it. */
export function EcomapList({ doc, data, nameOf, editable }: Props) {
  const { t } = useCasesTranslation();
  const [failure, setFailure] = useState('');
  const endpoints = [PERSON, ...data.supporters.map((s) => s.id)];
  const patch = (r: Relation, change: Parameters<typeof updateRelation>[2]) =>
    setFailure(issuesText(updateRelation(doc, r.id, change)));
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
      <h3>{t('ecomap.relations')}</h3>
      {data.relations.length === 0 ? (
        <p>{t('ecomap.noRelations')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table relation-table">
            <thead>
              <tr>
                <th scope="col">{t('ecomap.from')}</th>
                <th scope="col">{t('ecomap.to')}</th>
                <th scope="col">{t('ecomap.kind')}</th>
                <th scope="col">{t('ecomap.strength')}</th>
                <th scope="col">{t('ecomap.stress')}</th>
                <th scope="col">{t('ecomap.direction')}</th>
                <th scope="col">{t('ecomap.validFrom')}</th>
                <th scope="col">{t('ecomap.validTo')}</th>
                <th scope="col">{t('ecomap.note')}</th>
                {editable && <td />}
              </tr>
            </thead>
            <tbody>
              {data.relations.map((r) => {
                const who = `${nameOf(r.from)} – ${nameOf(r.to)}`;
                const label = (field: string) => `${who}：${t(`ecomap.${field}` as 'ecomap.kind')}`;
                return (
                  <tr key={r.id}>
                    <th scope="row">{nameOf(r.from)}</th>
                    <td>{nameOf(r.to)}</td>
                    <td>
                      <select
                        aria-label={label('kind')}
                        value={r.kind}
                        disabled={!editable}
                        onChange={(e) => patch(r, { kind: e.target.value as RelationKind })}
                      >
                        {RELATION_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`relationKinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={label('strength')}
                        value={r.strength}
                        disabled={!editable}
                        onChange={(e) =>
                          patch(r, { strength: e.target.value as Relation['strength'] })
                        }
                      >
                        {STRENGTHS.map((k) => (
                          <option key={k} value={k}>
                            {t(`strengths.${k}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={label('stress')}
                        checked={r.stress}
                        disabled={!editable}
                        onChange={(e) => patch(r, { stress: e.target.checked })}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={label('direction')}
                        value={r.direction}
                        disabled={!editable}
                        onChange={(e) =>
                          patch(r, { direction: e.target.value as Relation['direction'] })
                        }
                      >
                        {DIRECTIONS.map((k) => (
                          <option key={k} value={k}>
                            {t(`directions.${k}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <DocText
                        type="date"
                        aria-label={label('validFrom')}
                        id={`rel-${r.id}-from`}
                        value={r.validFrom}
                        disabled={!editable}
                        onCommit={(v) => updateRelation(doc, r.id, { validFrom: v })}
                      />
                    </td>
                    <td>
                      <DocText
                        type="date"
                        aria-label={label('validTo')}
                        id={`rel-${r.id}-to`}
                        value={r.validTo}
                        disabled={!editable}
                        onCommit={(v) => updateRelation(doc, r.id, { validTo: v })}
                      />
                    </td>
                    <td>
                      <DocText
                        aria-label={label('note')}
                        id={`rel-${r.id}-note`}
                        value={r.note}
                        disabled={!editable}
                        maxLength={1000}
                        onCommit={(v) => updateRelation(doc, r.id, { note: v })}
                      />
                    </td>
                    {editable && (
                      <td>
                        <button
                          type="button"
                          className="button-secondary"
                          onClick={() => removeRelations(doc, [r.id])}
                          aria-label={t('ecomap.removeRelation', { name: who })}
                        >
                          {t('ecomap.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable && <AddRelationForm doc={doc} endpoints={endpoints} nameOf={nameOf} />}
    </div>
  );
}

function AddSupporterForm({ doc }: { doc: Y.Doc }) {
  const { t } = useCasesTranslation();
  const me = useMe();
  const [kind, setKind] = useState<'person' | 'agency'>('person');
  const [label, setLabel] = useState('');
  const [relation, setRelation] = useState<InformalRelation>('family');
  const [boardId, setBoardId] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [failure, setFailure] = useState('');
  const [boards] = useApiData(
    () => Promise.all(me.councils.map((c) => caseApi.boards(c.id))).then((all) => all.flat()),
    me.councils.map((c) => c.id).join(),
  );
  const agencies =
    useBoardAgencies(kind === 'agency' && boardId ? [boardId] : []).get(boardId) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result =
      kind === 'person'
        ? addSupporter(doc, { kind, label, relation })
        : addSupporter(doc, { kind, boardId, agencyId });
    setFailure(issuesText(result));
    if (result.ok) setLabel('');
  };
  return (
    <form onSubmit={submit} className="form form-inline add-supporter" noValidate>
      <h4>{t('ecomap.addSupporter')}</h4>
      <div className="field">
        <label htmlFor="sup-kind">{t('ecomap.supporterKind')}</label>
        <select
          id="sup-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'person' | 'agency')}
        >
          <option value="person">{t('ecomap.kindPerson')}</option>
          <option value="agency">{t('ecomap.kindAgency')}</option>
        </select>
      </div>
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
          <div className="field">
            <label htmlFor="sup-relation">{t('ecomap.relation')}</label>
            <select
              id="sup-relation"
              value={relation}
              onChange={(e) => setRelation(e.target.value as InformalRelation)}
            >
              {INFORMAL_RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {t(`informal.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor="sup-board">{t('ecomap.board')}</label>
            <select id="sup-board" value={boardId} onChange={(e) => setBoardId(e.target.value)}>
              <option value="">—</option>
              {boards.state === 'ready' &&
                boards.data
                  .filter((b) => !b.archived)
                  .map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="sup-agency">{t('ecomap.agency')}</label>
            <select id="sup-agency" value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
              <option value="">—</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <div className="form-buttons">
        <button type="submit">{t('ecomap.add')}</button>
      </div>
      <Notice tone="error">{failure}</Notice>
    </form>
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
  const { t } = useCasesTranslation();
  const [from, setFrom] = useState(PERSON);
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<RelationKind>('care');
  const [failure, setFailure] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(issuesText(addRelation(doc, { from, to, kind })));
  };
  return (
    <form onSubmit={submit} className="form form-inline add-relation" noValidate>
      <h4>{t('ecomap.addRelation')}</h4>
      {(
        [
          ['rel-from', 'from', from, setFrom],
          ['rel-to', 'to', to, setTo],
        ] as const
      ).map(([id, field, value, set]) => (
        <div className="field" key={id}>
          <label htmlFor={id}>{t(`ecomap.${field}`)}</label>
          <select id={id} value={value} onChange={(e) => set(e.target.value)}>
            <option value="">—</option>
            {endpoints.map((e) => (
              <option key={e} value={e}>
                {nameOf(e)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor="rel-kind">{t('ecomap.kind')}</label>
        <select
          id="rel-kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as RelationKind)}
        >
          {RELATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`relationKinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-buttons">
        <button type="submit">{t('ecomap.add')}</button>
      </div>
      <Notice tone="error">{failure}</Notice>
    </form>
  );
}
