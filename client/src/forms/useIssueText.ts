import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/issues/fieldIssue';
import { issueText, type Translate } from '../../../shared/issues/issueText';

/** The words for an input issue in the current language; a new function when the language changes. */
export function useIssueText(): (issue: Issue) => string {
  const { t } = useTranslation();
  return useCallback((issue: Issue) => issueText(issue, t as Translate), [t]);
}
