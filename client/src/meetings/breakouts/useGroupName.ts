import { useTranslation } from 'react-i18next';
import type { Field } from '../../../../shared/domain';

type Named = { number: number; field: Field | null; round?: number };

/** A small group's name in the reader's language: its number, its field, and an earlier round's. */
export function useGroupName(): (group: Named) => string {
  const { t } = useTranslation(['translation', 'board']);
  return ({ number, field, round }) => {
    const base = field
      ? t('meetings.breakouts.groupWithField', { number, field: t(`board:fields.${field}`) })
      : t('meetings.breakouts.group', { number });
    return round === undefined ? base : t('meetings.breakouts.earlierGroup', { round, name: base });
  };
}
