import { useTranslation } from 'react-i18next';
import type { TermBody } from '../../../shared/cardApi';
import { TextField } from '../forms/Field';

/** A term's name and dates, as a new term and the term after a closed one ask for them. */
export function TermFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: TermBody;
  onChange: (value: TermBody) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}Name`}
        label={t('cards.termName')}
        hint={t('cards.termNameHint')}
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.target.value })}
        required
      />
      <TextField
        id={`${idPrefix}StartsOn`}
        type="date"
        label={t('cards.startsOn')}
        value={value.startsOn}
        onChange={(e) => onChange({ ...value, startsOn: e.target.value })}
        required
      />
      <TextField
        id={`${idPrefix}EndsOn`}
        type="date"
        label={t('cards.endsOn')}
        value={value.endsOn}
        onChange={(e) => onChange({ ...value, endsOn: e.target.value })}
        required
      />
    </>
  );
}

export const NO_TERM: TermBody = { name: '', startsOn: '', endsOn: '' };
