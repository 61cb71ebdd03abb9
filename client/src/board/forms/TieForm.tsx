import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Agency } from '../../../../shared/board/agency';
import { addTie, updateTie } from '../../../../shared/board/document';
import {
  TIE_DIRECTIONS,
  TIE_STRENGTH_MAX,
  TIE_STRENGTH_MIN,
  type Tie,
  type TieDirection,
} from '../../../../shared/board/tie';
import { TIE_KINDS, type TieKind } from '../../../../shared/domain';
import type { FieldIssue } from '../../../../shared/issues/fieldIssue';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FieldFrame } from '../../forms/Field';
import { SaveOrCancel } from '../../forms/SaveOrCancel';
import { useIssueText } from '../../forms/useIssueText';
import { useLiveFields } from '../../forms/useLiveFields';
import type { LocalOrigin } from '../document/useBoardHistory';
import { useTieName } from '../tieName';
import { issueAt } from './formControls';

type Props = {
  doc: Y.Doc;
  origin: LocalOrigin;
  agencies: readonly Agency[];
  /** The agency to tie from, chosen on the canvas: the form then asks only for the target. */
  from?: string | undefined;
  /** The tie to edit (its kind, direction, strength and note) as it is now; new when absent. */
  tie?: Tie | undefined;
  /** Who last wrote a field of the tie, if they are on the board. */
  writerOf?: ((key: string) => string | undefined) | undefined;
  onDone: (message: string | null) => void;
};

const byName = (a: Agency, b: Agency) => (a.kana ?? a.name).localeCompare(b.kana ?? b.name, 'ja');
const STRENGTHS = Array.from(
  { length: TIE_STRENGTH_MAX - TIE_STRENGTH_MIN + 1 },
  (_, i) => i + TIE_STRENGTH_MIN,
);

type TieFields = { kind: TieKind; direction: TieDirection; strength: number; note: string };

/**
 * Adds a tie between two agencies chosen by name, or edits one (its ends stay). Editing, it
 * writes only the fields this person changed; the others follow the live tie (useLiveFields).
 */
export function TieForm({ doc, origin, agencies, from: fixedFrom, tie, writerOf, onDone }: Props) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  const [from, setFrom] = useState(tie?.from ?? fixedFrom ?? '');
  const [to, setTo] = useState(tie?.to ?? '');
  const live = useLiveFields<TieFields>(
    {
      kind: tie?.kind ?? 'cooperation',
      direction: tie?.direction ?? 'both',
      strength: tie?.strength ?? 2,
      note: tie?.note ?? '',
    },
    writerOf,
  );
  const { kind, direction, strength, note } = live.values;
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const sorted = [...agencies].sort(byName);
  const nameOf = (id: string) => agencies.find((a) => a.id === id)?.name ?? '';
  const nameTie = useTieName(agencies);
  const fromAgency = fixedFrom ? agencies.find((a) => a.id === fixedFrom) : undefined;
  const title = tie
    ? t('form.editTieTitle', { tie: nameTie(tie) })
    : fromAgency
      ? t('canvas.connectTitle', { name: fromAgency.name })
      : t('form.addTie');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!live.mayOverwrite()) return;
    const result = tie
      ? updateTie(doc, tie.id, live.patch(), origin)
      : addTie(doc, { from, to, ...live.values }, origin);
    const names = { from: nameOf(from), to: nameOf(to) };
    if (result.ok) onDone(t(tie ? 'announce.tieSaved' : 'announce.tieAdded', names));
    else setIssues(result.issues);
  };

  const agencySelect = (
    id: 'from' | 'to',
    value: string,
    set: (v: string) => void,
    label: string,
  ) => (
    <FieldFrame id={`tie-${id}`} label={label} error={issueAt(issues, id)}>
      {(describedBy, invalid) => (
        <select
          id={`tie-${id}`}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => set(e.target.value)}
        >
          <option value="">{t('form.choose')}</option>
          {sorted
            .filter((a) => id === 'from' || a.id !== from)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
      )}
    </FieldFrame>
  );

  const issueSummary = issues.find(
    (i) => i.path === '' || (tie && (i.path === 'from' || i.path === 'to')),
  );
  return (
    <form className="form board-form" onSubmit={submit} noValidate aria-label={title}>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {!tie && agencies.length < 2 && (
        <p className="notice notice-info">{t('form.needTwoAgencies')}</p>
      )}
      {issues.length > 0 && (
        <p role="alert" className="notice notice-error">
          {issueSummary ? textOf(issueSummary) : t('form.errorsSummary')}
        </p>
      )}
      <ConflictNotice
        conflicts={live.conflicts}
        labelOf={(key) => t(`tie.${key}`)}
        held={live.overwriteHeld}
      />
      {!tie && !fixedFrom && agencySelect('from', from, setFrom, t('tie.from'))}
      {!tie && agencySelect('to', to, setTo, fixedFrom ? t('canvas.connectTarget') : t('tie.to'))}
      <FieldFrame id="tie-kind" label={t('tie.kind')} error={issueAt(issues, 'kind')}>
        {(describedBy, invalid) => (
          <select
            id="tie-kind"
            value={kind}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => live.set('kind', e.target.value as TieKind)}
          >
            {TIE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`tieKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <FieldFrame id="tie-direction" label={t('tie.direction')}>
        {(describedBy) => (
          <select
            id="tie-direction"
            value={direction}
            aria-describedby={describedBy}
            onChange={(e) => live.set('direction', e.target.value as TieDirection)}
          >
            {TIE_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`directions.${d}`)}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <FieldFrame id="tie-strength" label={t('tie.strength')}>
        {(describedBy) => (
          <select
            id="tie-strength"
            value={strength}
            aria-describedby={describedBy}
            onChange={(e) => live.set('strength', Number(e.target.value))}
          >
            {STRENGTHS.map((s) => (
              <option key={s} value={s}>
                {t('tie.strengthValue', { value: s })}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <FieldFrame id="tie-note" label={t('tie.note')} error={issueAt(issues, 'note')}>
        {(describedBy, invalid) => (
          <input
            id="tie-note"
            value={note}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => live.set('note', e.target.value)}
          />
        )}
      </FieldFrame>
      <SaveOrCancel
        saveLabel={t('form.save')}
        cancelLabel={t('form.cancel')}
        onCancel={() => onDone(null)}
      />
    </form>
  );
}
