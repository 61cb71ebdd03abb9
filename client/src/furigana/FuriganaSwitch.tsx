import { useTranslation } from 'react-i18next';
import { useFurigana } from './FuriganaContext';
import './furigana.css';

/** The header's ふりがな switch: readings over every kanji, for people who read kanji with difficulty. */
export function FuriganaSwitch() {
  const { t } = useTranslation();
  const { own, setOwn } = useFurigana();
  return (
    <button
      type="button"
      className="furigana-switch"
      aria-pressed={own}
      title={t('furigana.hint')}
      onClick={() => setOwn(!own)}
    >
      {t('furigana.switch')}
    </button>
  );
}
