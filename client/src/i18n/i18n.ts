import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/domain';
import { resources } from './resources';

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = 'ja';

const STORAGE_KEY = 'tsunagu.locale';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/**
 * The language tag for `lang` attributes and Accept-Language: やさしい日本語 is Japanese to a
 * screen reader's voice and to the server, which words its errors in plain Japanese for it.
 */
export function languageTag(locale: string): string {
  return locale === 'ja-easy' ? 'ja' : locale;
}

/** The language chosen on this device, if the person ever chose one. */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

/** A ready i18next instance; `<html lang>` follows its language. */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next).init({
    resources,
    lng: locale,
    // ja-easy has only the easy screens' texts; every other key comes from ja.
    fallbackLng: { 'ja-easy': ['ja'], default: [DEFAULT_LOCALE] },
    supportedLngs: [...LOCALES],
    // Else i18next reads "easy" as a script subtag (ja-Easy) and never finds the ja-easy texts.
    lowerCaseLng: true,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const followLanguage = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = languageTag(lng);
  };
  followLanguage(locale);
  instance.on('languageChanged', followLanguage);
  return instance;
}
