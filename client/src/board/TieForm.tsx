import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Agency } from '../../../shared/board/agency';
import { addTie } from '../../../shared/board/document';
import type { FieldIssue } from '../../../shared/board/issues';
import {
  TIE_DIRECTIONS,
  TIE_STRENGTH_MAX,
  TIE_STRENGTH_MIN,
  type TieDirection,
} from '../../../shared/board/tie';
import { TIE_KINDS, type TieKind } from '../../../shared/domain';
import { BoardControl, issueAt } from './formControls';
import type { LocalOrigin } from './useBoardHistory';

type Props = {
  doc: Y.Doc;
  origin: LocalOrigin;
  agencies: readonly Agency[];
  /** The agency to tie from, chosen on the canvas: the form then asks only for the target. */
  from?: string | undefined;
  onDone: (message: string | null) => void;
};

const byName = (a: Agency, b: Agency) => (a.kana ?? a.name).localeCompare(b.kana ?? b.name, 'ja');
const STRENGTHS = Array.from(
  { length: TIE_STRENGTH_MAX - TIE_STRENGTH_MIN + 1 },
  (_, i) => i + TIE_STRENGTH_MIN,
);

/** Adds a tie between two agencies chosen by name. */
export function TieForm({ doc, origin, agencies, from: fixedFrom, onDone }: Props) {
  const { t } = useTranslation('board');
  const [from, setFrom] = useState(fixedFrom ?? '');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<TieKind | ''>('cooperation');
  const [direction, setDirection] = useState<TieDirection>('both');
  const [strength, setStrength] = useState(2);
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const sorted = [...agencies].sort(byName);
  const nameOf = (id: string) => agencies.find((a) => a.id === id)?.name ?? '';
  const fromAgency = fixedFrom ? agencies.find((a) => a.id === fixedFrom) : undefined;
  const title = fromAgency ? t('canvas.connectTitle', { name: fromAgency.name }) : t('form.addTie');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = addTie(
      doc,
      { from, to, kind: kind as TieKind, direction, strength, note },
      origin,
    );
    if (result.ok) onDone(t('announce.tieAdded', { from: nameOf(from), to: nameOf(to) }));
    else setIssues(result.issues);
  };

  const agencySelect = (
    id: 'from' | 'to',
    value: string,
    set: (v: string) => void,
    label: string,
  ) => (
    <BoardControl id={`tie-${id}`} label={label} error={issueAt(issues, id)}>
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
    </BoardControl>
  );

  return (
    <form className="form board-form" onSubmit={submit} noValidate aria-label={title}>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {agencies.length < 2 && <p className="notice notice-info">{t('form.needTwoAgencies')}</p>}
      {issues.length > 0 && (
        <p role="alert" className="notice notice-error">
          {issues.find((i) => i.path === '')?.message ?? t('form.errorsSummary')}
        </p>
      )}
      {!fixedFrom && agencySelect('from', from, setFrom, t('tie.from'))}
      {agencySelect('to', to, setTo, fixedFrom ? t('canvas.connectTarget') : t('tie.to'))}
      <BoardControl id="tie-kind" label={t('tie.kind')} error={issueAt(issues, 'kind')}>
        {(describedBy, invalid) => (
          <select
            id="tie-kind"
            value={kind}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setKind(e.target.value as TieKind)}
          >
            {TIE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`tieKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </BoardControl>
      <BoardControl id="tie-direction" label={t('tie.direction')}>
        {(describedBy) => (
          <select
            id="tie-direction"
            value={direction}
            aria-describedby={describedBy}
            onChange={(e) => setDirection(e.target.value as TieDirection)}
          >
            {TIE_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`directions.${d}`)}
              </option>
            ))}
          </select>
        )}
      </BoardControl>
      <BoardControl id="tie-strength" label={t('tie.strength')}>
        {(describedBy) => (
          <select
            id="tie-strength"
            value={strength}
            aria-describedby={describedBy}
            onChange={(e) => setStrength(Number(e.target.value))}
          >
            {STRENGTHS.map((s) => (
              <option key={s} value={s}>
                {t('tie.strengthValue', { value: s })}
              </option>
            ))}
          </select>
        )}
      </BoardControl>
      <BoardControl id="tie-note" label={t('tie.note')} error={issueAt(issues, 'note')}>
        {(describedBy, invalid) => (
          <input
            id="tie-note"
            value={note}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </BoardControl>
      <div className="form-buttons">
        <button type="submit">{t('form.save')}</button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
