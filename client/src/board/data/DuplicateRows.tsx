import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import { DUPLICATE_CHOICES, type DuplicateChoice } from '../../../../shared/board/csvDuplicates';

export type Repeat = { row: number; name: string; existing: Agency };

type Props = {
  repeats: readonly Repeat[];
  choice: DuplicateChoice | null;
  onChoose: (choice: DuplicateChoice) => void;
};

/**
 * The rows that repeat agencies already on the board, and the person's choice for this import:
 * update them, skip them or add them anyway. Nothing is chosen for them: the import waits.
 */
export function DuplicateRows({ repeats, choice, onChoose }: Props) {
  const { t } = useTranslation('board');
  return (
    <fieldset className="board-choices csv-duplicates" aria-describedby="csv-duplicates-list">
      <legend>{t('data.duplicates.title', { count: repeats.length })}</legend>
      <ul id="csv-duplicates-list">
        {repeats.map((repeat) => (
          <li key={repeat.row}>
            {t('data.duplicates.row', {
              row: repeat.row,
              name: repeat.name,
              existing: repeat.existing.name,
            })}
          </li>
        ))}
      </ul>
      {DUPLICATE_CHOICES.map((option) => (
        <label key={option} className="board-choice">
          <input
            type="radio"
            name="csv-duplicates"
            value={option}
            checked={choice === option}
            onChange={() => onChoose(option)}
          />
          {t(`data.duplicates.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
