import { describe, expect, it } from 'vitest';
import { agencyInputSchema, agencySchema, respondsOutOfHours } from './agency';
import { parseWith } from './issues';

const minimal = { id: 'a1', name: 'みどり作業所', layer: 'registered', fields: ['disability'] };

describe('agency schema', () => {
  it('fills defaults and normalises text', () => {
    const parsed = agencySchema.parse({
      ...minimal,
      name: '  みどり作業所 ',
      kana: 'ﾐﾄﾞﾘｻｷﾞｮｳｼｮ',
      fields: ['child', 'disability', 'child'],
      providerNumber: '１３０００００００１',
      notes: '',
    });
    expect(parsed).toEqual({
      id: 'a1',
      name: 'みどり作業所',
      kana: 'ミドリサギョウショ',
      layer: 'registered',
      fields: ['child', 'disability'],
      hubFunctions: [],
      supportNeeds: [],
      hubRegistered: false,
      formal: true,
      nightHolidayResponse: 'none',
      tags: [],
      providerNumber: '1300000001',
    });
    expect(respondsOutOfHours(parsed)).toBe(false);
  });

  it('explains each bad field in Japanese', () => {
    const result = parseWith(agencySchema, {
      ...minimal,
      name: 'x'.repeat(121),
      kana: 'Midori',
      fields: ['space'],
      phone: 'call me',
      capacity: 2.5,
      notes: 'あ'.repeat(2001),
      tags: Array.from({ length: 21 }, (_, i) => `t${i}`),
      nightHolidayResponse: 'sometimes',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.fromEntries(result.issues.map((i) => [i.path, i.message]))).toEqual({
      name: '事業所名は120文字以内で入力してください',
      kana: 'よみがなはひらがなかカタカナで入力してください',
      'fields.0': '分野に選べない値があります',
      phone: '電話番号は数字とハイフンで入力してください',
      capacity: '定員は整数で入力してください',
      notes: 'メモは2000文字以内で入力してください',
      tags: 'タグは20個までです',
      nightHolidayResponse: expect.stringContaining('夜間・休日対応は'),
    });
    // Cross-field checks run once every field is valid.
    expect(parseWith(agencySchema, { ...minimal, lat: 35.7 })).toEqual({
      ok: false,
      issues: [{ path: 'lat', message: '緯度と経度は両方とも入力してください' }],
    });
  });

  it('lets an input leave out the id but not the name', () => {
    expect(agencyInputSchema.safeParse({ ...minimal, id: undefined }).success).toBe(true);
    expect(parseWith(agencyInputSchema, { layer: 'core', fields: ['child'] })).toEqual({
      ok: false,
      issues: [{ path: 'name', message: '事業所名を入力してください' }],
    });
  });
});
