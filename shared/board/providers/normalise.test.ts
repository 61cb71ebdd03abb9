import { describe, expect, it } from 'vitest';
import {
  joinVoicedMarks,
  readCode,
  readNumber,
  readPhone,
  readReading,
  readUrl,
} from './normalise';

describe('normalising official list cells', () => {
  it('joins a separate voiced mark and leaves out readings it cannot trust', () => {
    expect(joinVoicedMarks('えう゛ぁなんごう')).toBe('えゔぁなんごう');
    expect(readReading('えう゛ぁなんごう')).toEqual({
      value: 'えゔぁなんごう',
      kind: 'voicedMark',
    });
    expect(readReading('ｸﾞﾙｰﾌﾟﾎｰﾑ')).toEqual({ value: 'グループホーム' });
    expect(readReading('?')).toEqual({ value: undefined, kind: 'questionReading' });
    expect(readReading('みどり?さと')).toMatchObject({ kind: 'questionReading' });
    expect(readReading('Midori')).toEqual({ value: undefined, kind: 'badReading' });
  });

  it('takes the number out of a phone cell and keeps the words as a remark', () => {
    expect(readPhone('0123-19-9383（代表）')).toEqual({
      value: '0123-19-9383',
      kind: 'phoneRemark',
      remark: '代表',
    });
    expect(readPhone('０４２２－１１－２２２２')).toEqual({
      value: '0422-11-2222',
      kind: 'fullWidth',
    });
    expect(readPhone('03(1234)5678')).toEqual({ value: '03(1234)5678' });
  });

  it('keeps web addresses and moves anything else out of the URL', () => {
    expect(readUrl('https://a.example.jp/')).toEqual({ value: 'https://a.example.jp/' });
    expect(readUrl('www.a.example.jp')).toEqual({ value: 'https://www.a.example.jp' });
    expect(readUrl('info@a.example.jp')).toEqual({
      value: undefined,
      kind: 'notUrl',
      remark: 'info@a.example.jp',
    });
  });

  it('pads a code that lost its leading zero only when asked', () => {
    expect(readCode('131000001', 10, true)).toEqual({ value: '0131000001', kind: 'paddedNumber' });
    expect(readCode('131000001', 10, false)).toEqual({ value: '131000001' });
    expect(readCode('１３１００００００１', 10, false)).toEqual({
      value: '1310000001',
      kind: 'fullWidth',
    });
    expect(readNumber('１，２３４')).toEqual({ value: 1234, kind: 'fullWidth' });
    expect(readNumber('多数')).toEqual({ value: '多数' });
  });
});
