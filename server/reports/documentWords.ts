// The words of the documents the server writes (DOCX): the same texts the app shows, from the
// client's translation files (the card columns, statuses and horizons, the board's hub functions,
// the reports and minutes namespaces), so a document says what the screen says, in the language asked for.
import i18next, { type TFunction } from 'i18next';
// The attribute lets Node load the JSON itself where no bundler runs (Playwright's spec loader).
import boardEn from '../../client/src/board/i18n/en.json' with { type: 'json' };
import boardJa from '../../client/src/board/i18n/ja.json' with { type: 'json' };
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import ja from '../../client/src/i18n/ja.json' with { type: 'json' };
import minutesEn from '../../client/src/meetings/minutes/i18n/en.json' with { type: 'json' };
import minutesJa from '../../client/src/meetings/minutes/i18n/ja.json' with { type: 'json' };
import reportsEn from '../../client/src/reports/i18n/en.json' with { type: 'json' };
import reportsJa from '../../client/src/reports/i18n/ja.json' with { type: 'json' };
import type { Language } from '../http/requestLanguage';

const words = i18next.createInstance();
words.init({
  resources: {
    ja: { translation: ja, board: boardJa, reports: reportsJa, minutes: minutesJa },
    en: { translation: en, board: boardEn, reports: reportsEn, minutes: minutesEn },
  },
  lng: 'ja',
  fallbackLng: 'ja',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** The shell's words (the default namespace, with punctuation) in `language`. */
export function documentWords(language: Language): TFunction {
  return words.getFixedT(language);
}

/** The app's words and the reports namespace (`reports:` keys), as the print views have them. */
export function reportWords(language: Language) {
  return words.getFixedT(language, ['translation', 'reports', 'board']);
}

export function minutesWords(language: Language) {
  return words.getFixedT(language, 'minutes');
}

export function yearlyWords(language: Language) {
  return words.getFixedT(language, 'reports', 'yearly');
}

export function proposalWords(language: Language) {
  return words.getFixedT(language, 'reports', 'proposal');
}
