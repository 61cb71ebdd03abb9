import { describe, expect, it } from 'vitest';
import { mentionsPseudonym } from './pseudonymMention';

describe('pseudonym mentions in raised issues', () => {
  it('catches the pseudonym disguised by invisible characters, width, case or another honorific', () => {
    for (const text of [
      'Gさんの夜間の受入れ先',
      'G\u200bさんの件',
      'G\u2060さん',
      'G\u00adさん',
      'Gくんのように',
      'G様の家族',
      'G君',
      'Gちゃん',
      'G氏',
      'ＧＳＡＮ',
      'gsan',
      'G-san',
      'G san',
      'Ｇ・さん',
      'Gサン',
      'ｇｓａｍａ',
      'G-kun',
      'G chan',
    ]) {
      expect(mentionsPseudonym('Gさん', text), text).toBe(true);
    }
  });

  it('catches a distinctive bare name without honorific', () => {
    expect(mentionsPseudonym('ハナコさん', 'はなこの支援')).toBe(true);
    expect(mentionsPseudonym('Taro', 'ＴＡＲＯ\u200bの件')).toBe(true);
  });

  it('lets through text that does not name the person', () => {
    for (const text of [
      '精神障害のある方が夜間・休日に緊急で泊まれる場所が市内にない。',
      'グループホームの空きがない',
      'A型事業所への通所が続かない',
    ]) {
      expect(mentionsPseudonym('Gさん', text), text).toBe(false);
    }
  });
});
