// Every translation namespace of the app, in one place: the shell's `translation`, the features'
// own (board, cases, minutes, reports, twoStep) and the input issues shared with the server
// (shared/issues). resources.test.ts checks that English has exactly the same keys and
// placeholders as Japanese, and that ja-easy's texts are a subset of the Japanese ones.
import issuesEn from '../../../shared/issues/i18n/en.json';
import issuesJa from '../../../shared/issues/i18n/ja.json';
import boardEn from '../board/i18n/en.json';
import boardJa from '../board/i18n/ja.json';
import casesEn from '../cases/i18n/en.json';
import casesJa from '../cases/i18n/ja.json';
import minutesEn from '../meetings/minutes/i18n/en.json';
import minutesJa from '../meetings/minutes/i18n/ja.json';
import reportsEn from '../reports/i18n/en.json';
import reportsJa from '../reports/i18n/ja.json';
import twoStepEn from '../twoStep/i18n/en.json';
import twoStepJa from '../twoStep/i18n/ja.json';
import en from './en.json';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

export const resources = {
  ja: {
    translation: ja,
    board: boardJa,
    cases: casesJa,
    issues: issuesJa,
    minutes: minutesJa,
    reports: reportsJa,
    twoStep: twoStepJa,
  },
  // やさしい日本語: only the screens a guest or self-advocate meets (easyJapanese.ts); every other
  // key falls back to ja.
  'ja-easy': {
    translation: jaEasy,
  },
  en: {
    translation: en,
    board: boardEn,
    cases: casesEn,
    issues: issuesEn,
    minutes: minutesEn,
    reports: reportsEn,
    twoStep: twoStepEn,
  },
} as const;

export type Namespace = keyof (typeof resources)['ja'];
