import { useTranslation } from 'react-i18next';
import { useRubyT } from '../furigana/useRubyT';
import { isLocale, LOCALES, languageTag } from '../i18n/i18n';
import { useChangeLocale } from '../i18n/useChangeLocale';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const r = useRubyT(t);
  const changeLocale = useChangeLocale();
  const current = isLocale(i18n.language) ? i18n.language : 'ja';
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={languageTag(locale)}
          aria-pressed={current === locale}
          onClick={() => changeLocale(locale)}
        >
          {r(`language.${locale}`)}
        </button>
      ))}
    </fieldset>
  );
}
