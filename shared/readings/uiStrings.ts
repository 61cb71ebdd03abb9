import { annotate, type Readings } from './dictionary';
import { joinPlain, type Ruby, type RubySegment } from './ruby';

// The readings of a locale's UI strings, made ahead of time by `npm run readings` and committed:
// { namespace: { 'flat.key': ruby } }. Placeholders ({{name}}) stay plain text in the ruby; the
// page puts the value (with its own readings) in their place.

export type UiReadings = Record<string, Record<string, Ruby>>;

/** The UI languages written in Japanese, each with its readings file (<locale>.json). */
export const READ_LOCALES = ['ja', 'ja-easy'] as const;

export const PLACEHOLDER = /(\{\{[^}]*\}\})/;

/** Every string of a nested namespace, by its flat key (i18next's `a.b.c`). */
export function flatStrings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    flatStrings(value, prefix ? `${prefix}.${key}` : key),
  );
}

/**
 * What the analyser gets wrong in the UI's words: `words` are read as given wherever they stand
 * (一人 ひとり); `readings` replace one reading of a lone kanji the analyser chose out of context
 * (行 くだり → ぎょう: in this UI a 行 on its own is a table's row; 行う keeps おこな).
 */
export type Corrections = {
  words: Record<string, string>;
  readings: Record<string, Record<string, string>>;
};

export async function templateRuby(
  template: string,
  corrections: Corrections,
  analyse: (text: string) => Promise<Ruby>,
): Promise<RubySegment[]> {
  const words: Readings = new Map(Object.entries(corrections.words));
  const parts = await Promise.all(
    template
      .split(PLACEHOLDER)
      .map((part) =>
        PLACEHOLDER.test(part) || part === '' ? [part] : annotate(part, words, analyse),
      ),
  );
  return joinPlain(
    parts
      .flat()
      .map((s) => (typeof s === 'string' ? s : [s[0], corrections.readings[s[0]]?.[s[1]] ?? s[1]])),
  );
}
