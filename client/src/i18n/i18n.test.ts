import { describe, expect, it } from 'vitest';
import en from './en.json';
import { createI18n } from './i18n';
import ja from './ja.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function valueAt(tree: Tree, path: string): string {
  const value = path
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      tree,
    );
  if (typeof value !== 'string') throw new Error(`no string at ${path}`);
  return value;
}

describe('translation files', () => {
  const jaKeys = keysOf(ja);
  const enKeys = keysOf(en);

  it('every Japanese key exists in English', () => {
    expect(jaKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('every English key exists in Japanese', () => {
    expect(enKeys.filter((key) => !jaKeys.includes(key))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = jaKeys.filter(
      (key) => placeholders(valueAt(ja, key)).join() !== placeholders(valueAt(en, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('has no empty strings', () => {
    expect(jaKeys.filter((key) => valueAt(ja, key).trim() === '')).toEqual([]);
    expect(enKeys.filter((key) => valueAt(en, key).trim() === '')).toEqual([]);
  });
});

describe('createI18n', () => {
  it('starts in the given language and keeps <html lang> in step', async () => {
    const i18n = createI18n('ja');
    expect(i18n.t('nav.signOut')).toBe('サインアウト');
    expect(document.documentElement.lang).toBe('ja');
    await i18n.changeLanguage('en');
    expect(i18n.t('nav.signOut')).toBe('Sign out');
    expect(document.documentElement.lang).toBe('en');
  });
});
