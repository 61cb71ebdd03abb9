import { describe, expect, it } from 'vitest';
import en from './en.json';
import ja from './ja.json';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keysOf(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] as string).sort();
}

function valueAt(bundle: unknown, path: string): string {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], bundle) as string;
}

describe('board translations', () => {
  it('has the same keys in Japanese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ja).sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keysOf(ja)) {
      expect(placeholders(valueAt(en, key)), key).toEqual(placeholders(valueAt(ja, key)));
    }
  });

  it('has no empty strings', () => {
    for (const key of keysOf(ja)) {
      expect(valueAt(ja, key).trim(), key).not.toBe('');
      expect(valueAt(en, key).trim(), key).not.toBe('');
    }
  });
});
