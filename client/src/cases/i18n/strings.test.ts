import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import { registerCaseStrings } from './index';
import ja from './ja.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

const placeholdersAt = (tree: Tree, path: string) => {
  const value = path
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      tree,
    );
  return [...String(value).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
};

describe('case space strings', () => {
  const jaKeys = keysOf(ja);
  const enKeys = keysOf(en);

  it('have the same keys in Japanese and English', () => {
    expect(jaKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !jaKeys.includes(k))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differing = jaKeys.filter(
      (k) => placeholdersAt(ja, k).join() !== placeholdersAt(en, k).join(),
    );
    expect(differing).toEqual([]);
  });

  it('register as the `cases` namespace on an i18next instance', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ja', resources: {} });
    registerCaseStrings(i18n);
    registerCaseStrings(i18n);
    expect(i18n.t('tabs.ecomap', { ns: 'cases' })).toBe('エコマップ');
    await i18n.changeLanguage('en');
    expect(i18n.t('tabs.ecomap', { ns: 'cases' })).toBe('Ecomap');
  });
});
