import { describe, expect, it } from 'vitest';
import corrections from '../../../../shared/readings/corrections.json';
import { baseText, fullyRead, needsReading, wordRuby } from '../../../../shared/readings/ruby';
import {
  type Corrections,
  flatStrings,
  READ_LOCALES,
  type UiReadings,
} from '../../../../shared/readings/uiStrings';
import { resources } from '../resources';
import ja from './ja.json';
import jaEasy from './ja-easy.json';

// The committed readings must say the Japanese texts as they are now, with the corrections in.
// When this fails after a text changed: `npm run readings`, read the diff, commit it.

const files: Record<(typeof READ_LOCALES)[number], UiReadings> = {
  ja: ja as unknown as UiReadings,
  'ja-easy': jaEasy as unknown as UiReadings,
};
const fixes: Corrections = corrections;

describe.each(READ_LOCALES)('UI readings of %s (client/src/i18n/readings/)', (locale) => {
  const readings = files[locale];
  const strings = Object.entries(resources[locale]).flatMap(([namespace, tree]) =>
    flatStrings(tree).map(([key, text]) => ({ namespace, key, text })),
  );

  it('has the current text of every Japanese string, every kanji read', () => {
    const stale: string[] = [];
    const unread: string[] = [];
    for (const { namespace, key, text } of strings) {
      const ruby = readings[namespace]?.[key];
      if (!ruby || baseText(ruby) !== text) stale.push(`${namespace}:${key}`);
      else if (!fullyRead(ruby)) unread.push(`${namespace}:${key}`);
    }
    expect(stale, 'run npm run readings').toEqual([]);
    expect(unread, 'add the words to corrections.json').toEqual([]);
    expect(strings.filter((s) => needsReading(s.text)).length).toBeGreaterThan(100);
  });

  it('has no strings the Japanese texts no longer have', () => {
    const known = new Set(strings.map((s) => `${s.namespace}:${s.key}`));
    const extra = Object.entries(readings).flatMap(([namespace, entries]) =>
      Object.keys(entries)
        .map((key) => `${namespace}:${key}`)
        .filter((id) => !known.has(id)),
    );
    expect(extra, 'run npm run readings').toEqual([]);
  });

  it('reads the corrected words as corrections.json says', () => {
    const all = Object.values(readings).flatMap((entries) => Object.values(entries));
    for (const [word, reading] of Object.entries(fixes.words)) {
      const pairs = wordRuby(word, reading).filter((s) => typeof s !== 'string');
      const uses = all.filter((ruby) => baseText(ruby).includes(word));
      for (const ruby of uses) expect(ruby).toEqual(expect.arrayContaining(pairs));
    }
    for (const [base, replaced] of Object.entries(fixes.readings)) {
      for (const wrong of Object.keys(replaced)) {
        expect(JSON.stringify(all)).not.toContain(JSON.stringify([base, wrong]));
      }
    }
  });
});
