import type { i18n as I18n } from 'i18next';
import en from './en.json';
import ja from './ja.json';

// The board's strings live in their own namespace `board`, beside the shell's translation files.
export const boardResources = { ja, en } as const;

/** Adds the board namespace to an i18next instance (idempotent). */
export function registerBoardStrings(instance: I18n): void {
  for (const [lang, bundle] of Object.entries(boardResources)) {
    if (!instance.hasResourceBundle(lang, 'board')) {
      instance.addResourceBundle(lang, 'board', bundle, true, false);
    }
  }
}
