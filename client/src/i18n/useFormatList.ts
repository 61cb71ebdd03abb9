import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../../shared/issues/issueText';

/** Joins words the way the current language does: 「児童、教育」 / "Children and Education". */
export function useFormatList(): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback((items: readonly string[]) => formatList(language, items), [language]);
}
