import { useTranslation } from 'react-i18next';
import type { CardTarget } from './useCardTargets';

/** A choice of the council's cards, those on this meeting's agenda first. */
export function CardTargetSelect({
  id,
  value,
  onChange,
  targets,
}: {
  id: string;
  value: string;
  onChange: (cardId: string) => void;
  targets: readonly CardTarget[];
}) {
  const { t } = useTranslation();
  const onAgenda = targets.filter((c) => c.onAgenda);
  const others = targets.filter((c) => !c.onAgenda);
  const group = (label: string, cards: CardTarget[]) =>
    cards.length > 0 && (
      <optgroup label={label}>
        {cards.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </optgroup>
    );
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {group(t('meetings.notes.sendToCard.onAgenda'), onAgenda)}
      {group(t('meetings.notes.sendToCard.otherCards'), others)}
    </select>
  );
}
