// npm run readings: the ふりがな of every Japanese UI string (ja and ja-easy), written to
// client/src/i18n/readings/<locale>.json for review and commit. What the analyser reads wrongly
// goes in shared/readings/corrections.json (see Corrections in shared/readings/uiStrings.ts; its
// words serve user text too); run this again after changing the Japanese texts or the
// corrections (client/src/i18n/readings/readings.test.ts says when it is due).
import { writeFile } from 'node:fs/promises';
import { resources } from '../client/src/i18n/resources';
import { analyser } from '../server/readings/analyser';
import correctionsFile from '../shared/readings/corrections.json';
import { fullyRead } from '../shared/readings/ruby';
import {
  type Corrections,
  flatStrings,
  READ_LOCALES,
  templateRuby,
  type UiReadings,
} from '../shared/readings/uiStrings';

const folder = new URL('../client/src/i18n/readings/', import.meta.url);
const corrections: Corrections = correctionsFile;
const analyse = await analyser();
const unread: string[] = [];
for (const locale of READ_LOCALES) {
  const readings: UiReadings = {};
  for (const [namespace, tree] of Object.entries(resources[locale])) {
    const entries: UiReadings[string] = {};
    for (const [key, text] of flatStrings(tree)) {
      const ruby = await templateRuby(text, corrections, analyse);
      entries[key] = ruby;
      if (!fullyRead(ruby)) unread.push(`${locale} ${namespace}:${key} ${text}`);
    }
    readings[namespace] = entries;
  }
  // One line per string, so a review reads (and a diff shows) each string's readings at once.
  const lines = Object.entries(readings).map(
    ([namespace, entries]) =>
      `  ${JSON.stringify(namespace)}: {\n${Object.entries(entries)
        .map(([key, ruby]) => `    ${JSON.stringify(key)}: ${JSON.stringify(ruby)}`)
        .join(',\n')}\n  }`,
  );
  await writeFile(new URL(`${locale}.json`, folder), `{\n${lines.join(',\n')}\n}\n`);
  const count = Object.values(readings).reduce((n, ns) => n + Object.keys(ns).length, 0);
  console.log(`${count} strings read into client/src/i18n/readings/${locale}.json`);
}
if (unread.length > 0) {
  console.error(`No reading for some kanji (add them to corrections.json):\n${unread.join('\n')}`);
  process.exitCode = 1;
}
