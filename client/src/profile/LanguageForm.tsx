import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/Field';
import { isLocale, LOCALES, languageTag } from '../i18n/i18n';
import { useChangeLocale } from '../i18n/useChangeLocale';

/** The same choice as the header switch, where people look for it in their settings. */
export function LanguageForm() {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  return (
    <section aria-labelledby="language-title" className="card">
      <h2 id="language-title">{t('profile.language')}</h2>
      <SelectField
        id="locale"
        label={t('language.label')}
        hint={t('profile.languageHint')}
        value={i18n.language}
        onChange={(e) => isLocale(e.target.value) && changeLocale(e.target.value)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={languageTag(locale)}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </SelectField>
    </section>
  );
}
