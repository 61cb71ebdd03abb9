import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { resources } from './resources';
import { entriesOf, type Tree } from './translationTree';

// The one parity check over every namespace: same keys, same placeholders, no empty text.

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)]
    .map((m) => m[1] ?? '')
    .sort()
    .join();

const namespaces = Object.keys(resources.ja) as (keyof typeof resources.ja)[];

describe.each(namespaces)('the %s namespace', (namespace) => {
  const ja = new Map(entriesOf(resources.ja[namespace] as Tree));
  const en = new Map(entriesOf(resources.en[namespace] as Tree));

  it('has the same keys in Japanese and English', () => {
    expect([...ja.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !ja.has(key))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differing = [...ja].filter(
      ([key, text]) => placeholders(text) !== placeholders(en.get(key) ?? text),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('has no Japanese in English, but for the names of the Japanese languages themselves', () => {
    const japanese = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
    const ownNames = ['language.ja', 'language.ja-easy'];
    const leaks = [...en].filter(([key, text]) => japanese.test(text) && !ownNames.includes(key));
    expect(leaks.map(([key]) => key)).toEqual([]);
  });

  it('has no empty text', () => {
    const empty = [...ja, ...en].filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});

// やさしい日本語 is partial: what it has must be a Japanese key (so a renamed key cannot leave an
// easy text behind, unseen) with the same placeholders; the rest falls back to ja.
describe('the ja-easy texts', () => {
  const ja = new Map(entriesOf(resources.ja.translation as Tree));
  const easy = entriesOf(resources['ja-easy'].translation as Tree);

  it('are all Japanese keys, with the same placeholders', () => {
    expect(easy.filter(([key]) => !ja.has(key)).map(([key]) => key)).toEqual([]);
    const differing = easy.filter(
      ([key, text]) => placeholders(text) !== placeholders(ja.get(key) ?? ''),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
    expect(easy.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});

describe('createI18n', () => {
  it('types its keys from the Japanese texts, so an unknown key does not compile', () => {
    const i18n = createI18n('en');
    // @ts-expect-error: no such key in any namespace (client/src/i18n/i18next.d.ts)
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.t('punctuation.labelled', { label: 'Place', value: 'Town hall' })).toBe(
      'Place: Town hall',
    );
  });

  it('starts in the given language with every namespace and keeps <html lang> in step', async () => {
    const i18n = createI18n('ja');
    expect(i18n.t('nav.signOut')).toBe('サインアウト');
    expect(i18n.t('tabs.ecomap', { ns: 'cases' })).toBe('エコマップ');
    expect(document.documentElement.lang).toBe('ja');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.signOut')).toBe('Sign out');
    expect(i18n.t('issues:tooLong', { max: 5 })).toBe('Use at most 5 characters.');
    expect(document.documentElement.lang).toBe('en');
  });

  it('reads ja-easy first, falls back to Japanese, and tells screen readers it is Japanese', async () => {
    const i18n = createI18n('ja-easy');
    expect(i18n.language).toBe('ja-easy');
    expect(i18n.t('meetings.timer.start')).toBe('スタート');
    expect(i18n.t('meetings.agenda.add')).toBe('議題を追加');
    expect(i18n.t('tabs.ecomap', { ns: 'cases' })).toBe('エコマップ');
    expect(document.documentElement.lang).toBe('ja');
    await i18n.changeLanguage('ja');
    expect(i18n.t('meetings.timer.start')).toBe('開始');
  });
});
