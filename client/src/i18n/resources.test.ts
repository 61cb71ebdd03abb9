import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { resources } from './resources';

// The one parity check over every namespace: same keys, same placeholders, no empty text.
type Tree = { [key: string]: string | Tree };

function entriesOf(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entriesOf(value, `${prefix}${key}.`),
  );
}

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

  it('has no Japanese in English, but for the name of the language itself', () => {
    const japanese = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
    const leaks = [...en].filter(([key, text]) => japanese.test(text) && key !== 'language.ja');
    expect(leaks.map(([key]) => key)).toEqual([]);
  });

  it('has no empty text', () => {
    const empty = [...ja, ...en].filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
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
});
