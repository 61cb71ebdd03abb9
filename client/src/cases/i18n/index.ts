// The case spaces' UI strings, registered as the i18next namespace `cases` on whichever i18next
// instance the app runs with (the shell creates it; tests create their own).
import type { i18n as I18n } from 'i18next';
import { type UseTranslationResponse, useTranslation } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';

export const CASES_NAMESPACE = 'cases';
export const caseStrings = { ja, en } as const;

export function registerCaseStrings(i18n: I18n): void {
  for (const [locale, strings] of Object.entries(caseStrings)) {
    if (!i18n.hasResourceBundle(locale, CASES_NAMESPACE)) {
      i18n.addResourceBundle(locale, CASES_NAMESPACE, strings);
    }
  }
}

/** `useTranslation('cases')`, registering the namespace first on the app's instance. */
export function useCasesTranslation(): UseTranslationResponse<typeof CASES_NAMESPACE, undefined> {
  const { i18n } = useTranslation();
  registerCaseStrings(i18n);
  return useTranslation(CASES_NAMESPACE);
}
