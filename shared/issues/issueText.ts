// Turning an issue into words: the same on both sides. The client passes its i18next `t`, the
// server one fixed to the request's language (server/http/requestLanguage.ts).
import type { Issue } from './fieldIssue';

/** Any i18next-like translate function; the issue texts are the namespace `issues`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export const ISSUES_NAMESPACE = 'issues';

export function issueText(issue: Issue, t: Translate): string {
  return t(`${ISSUES_NAMESPACE}:${issue.code}`, issue.params);
}

/** A list in the language's own way: "A, B and C" / 「A、B、C」. */
export function formatList(
  locale: string,
  items: readonly string[],
  type: Intl.ListFormatType = 'conjunction',
): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}
