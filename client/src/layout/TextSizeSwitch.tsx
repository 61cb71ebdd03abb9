import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/formatDate';
import { setTextScale, TEXT_SCALES, useTextScale } from './textScale';

/** 100 / 125 / 150 %: one press, beside the language, where a guest finds it too. */
export function TextSizeSwitch() {
  const { t, i18n } = useTranslation();
  const scale = useTextScale();
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent' });
  return (
    <fieldset className="text-size-switch">
      <legend className="visually-hidden">{t('textSize.label')}</legend>
      {TEXT_SCALES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={scale === option}
          onClick={() => setTextScale(option)}
        >
          {percent.format(option)}
        </button>
      ))}
    </fieldset>
  );
}
