import { useTranslation } from 'react-i18next';
import { ARRANGEMENTS, type Arrangement } from './arrangements';

/** The canvas arrangement, chosen like the views: pressed buttons (in the toolbar's group). */
export function ArrangementPicker({
  value,
  onChange,
}: {
  value: Arrangement;
  onChange: (arrangement: Arrangement) => void;
}) {
  const { t } = useTranslation('board');
  return ARRANGEMENTS.map((a) => (
    <button
      key={a}
      type="button"
      aria-pressed={value === a}
      className={value === a ? 'board-view board-view-active' : 'board-view button-secondary'}
      onClick={() => onChange(a)}
    >
      {t(`canvas.arrangements.${a}`)}
    </button>
  ));
}
