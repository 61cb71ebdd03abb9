// The language of a request, for the words of its error responses: the client sends the UI
// language the person chose as Accept-Language on every call (client/src/api/http.ts); other
// callers get their browser's preference, or Japanese.
import type { FastifyRequest } from 'fastify';
import i18next, { type TFunction } from 'i18next';
// The attribute lets Node load the JSON itself where no bundler runs (Playwright's spec loader).
import issuesEn from '../../shared/issues/i18n/en.json' with { type: 'json' };
import issuesJa from '../../shared/issues/i18n/ja.json' with { type: 'json' };
import { ISSUES_NAMESPACE } from '../../shared/issues/issueText';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The first of our languages in an Accept-Language header, by its q order; Japanese if none. */
export function languageOf(header: string | undefined): Language {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((entry) => LANGUAGES.some((l) => l === entry.base));
  return (found?.base as Language | undefined) ?? 'ja';
}

const texts = i18next.createInstance();
texts.init({
  resources: {
    ja: { [ISSUES_NAMESPACE]: issuesJa },
    en: { [ISSUES_NAMESPACE]: issuesEn },
  },
  lng: 'ja',
  fallbackLng: 'ja',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** A translate function fixed to the request's language. */
export function requestT(request: FastifyRequest): TFunction {
  return texts.getFixedT(languageOf(request.headers['accept-language']));
}
