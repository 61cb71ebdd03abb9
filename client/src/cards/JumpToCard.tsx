import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardView } from '../../../shared/cardApi';
import { SelectField } from '../forms/Field';

/**
 * Moves the focus to an issue's row, however far down: the table renders only the rows near the
 * window, so neither the browser's find nor a screen reader's reading reaches the others until
 * they are scrolled to. A choice and a button, not a change of the choice alone: moving through a
 * closed list with the arrow keys must not move the focus away from it.
 */
export function JumpToCard({
  cards,
  onJump,
}: {
  cards: readonly CardView[];
  onJump: (cardId: string) => void;
}) {
  const { t } = useTranslation();
  const [cardId, setCardId] = useState(cards[0]?.id ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cards.some((card) => card.id === cardId)) onJump(cardId);
  };
  return (
    <form className="form form-inline table-jump" onSubmit={submit}>
      <SelectField
        id="jump-to-card"
        label={t('cards.jumpTo')}
        hint={t('cards.jumpToHint', { count: cards.length })}
        value={cardId}
        onChange={(event) => setCardId(event.target.value)}
      >
        {cards.map((card) => (
          <option key={card.id} value={card.id}>
            {card.code ? `${card.code} ${card.title}` : card.title}
          </option>
        ))}
      </SelectField>
      <div className="form-buttons">
        <button type="submit" className="button-secondary">
          {t('cards.jump')}
        </button>
      </div>
    </form>
  );
}
