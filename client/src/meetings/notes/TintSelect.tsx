import { useTranslation } from 'react-i18next';
import { FIELDS, type Field } from '../../../../shared/domain';
import { NOTE_TINTS, type NoteTint } from '../../../../shared/meeting/noteWall';
import { useRubyT } from '../../furigana/useRubyT';

const isField = (tint: NoteTint): tint is Field => FIELDS.some((field) => field === tint);

/** A note's colour is a field's (子ども, 障害…) or a plain colour; this names either. */
export function useTintName(): (tint: NoteTint) => string {
  const { t } = useTranslation(['translation', 'board']);
  return (tint) => (isField(tint) ? t(`board:fields.${tint}`) : t(`meetings.notes.tints.${tint}`));
}

export function TintSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: NoteTint;
  onChange: (tint: NoteTint) => void;
}) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const name = useTintName();
  return (
    <>
      <label htmlFor={id}>{r('meetings.notes.tint')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as NoteTint)}>
        {NOTE_TINTS.map((tint) => (
          <option key={tint} value={tint}>
            {name(tint)}
          </option>
        ))}
      </select>
    </>
  );
}
