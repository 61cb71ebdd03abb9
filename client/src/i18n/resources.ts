// Every translation namespace of the app, in one place: the shell's `translation`, the features'
// own (board, cases, reports) and the input issues shared with the server (shared/issues). i18next.d.ts
// types `t` keys from the Japanese files, so a key missing there fails `npm run typecheck`;
// resources.test.ts checks that English has exactly the same keys and placeholders.
import issuesEn from '../../../shared/issues/i18n/en.json';
import issuesJa from '../../../shared/issues/i18n/ja.json';
import boardEn from '../board/i18n/en.json';
import boardJa from '../board/i18n/ja.json';
import casesEn from '../cases/i18n/en.json';
import casesJa from '../cases/i18n/ja.json';
import reportsEn from '../reports/i18n/en.json';
import reportsJa from '../reports/i18n/ja.json';
import en from './en.json';
import ja from './ja.json';

export const resources = {
  ja: { translation: ja, board: boardJa, cases: casesJa, issues: issuesJa, reports: reportsJa },
  en: { translation: en, board: boardEn, cases: casesEn, issues: issuesEn, reports: reportsEn },
} as const;

export type Namespace = keyof (typeof resources)['ja'];
