import { describe, expect, it } from 'vitest';
import { parseWith } from '../issues/fieldIssue';
import { agencyInputSchema, agencySchema, respondsOutOfHours } from './agency';

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
    expect(Object.fromEntries(result.issues.map(({ path, ...issue }) => [path, issue]))).toEqual({
      name: { code: 'tooLong', params: { max: 120 } },
      kana: { code: 'kana' },
      'fields.0': { code: 'choice' },
      phone: { code: 'phone' },
      capacity: { code: 'notInteger' },
      notes: { code: 'tooLong', params: { max: 2000 } },
      tags: { code: 'tooMany', params: { max: 20 } },
      nightHolidayResponse: { code: 'choice' },
    });
    // Cross-field checks run once every field is valid.
    expect(parseWith(agencySchema, { ...minimal, lat: 35.7 })).toEqual({
      ok: false,
      issues: [{ path: 'lat', code: 'bothCoordinates' }],
    });
  });

  it('lets an input leave out the id but not the name', () => {
    expect(agencyInputSchema.safeParse({ ...minimal, id: undefined }).success).toBe(true);
    expect(parseWith(agencyInputSchema, { layer: 'core', fields: ['child'] })).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
  });
});

describe('agency fields from official provider lists', () => {
  it('keeps FAX, URL, 法人番号, 医療機関コード and services, and old agencies stay valid', () => {
    expect(agencySchema.parse(minimal)).not.toHaveProperty('services');
    const parsed = agencySchema.parse({
      ...minimal,
      fax: '０４２２－００－１１１２',
      url: 'https://a.example.jp/',
      corporateNumber: '1234567890123',
      medicalCode: '0110001',
      services: ['短期入所', '生活介護', '短期入所'],
      notListedSince: '2026-11-30',
    });
    expect(parsed).toMatchObject({
      fax: '0422-00-1112',
      services: ['短期入所', '生活介護'],
      notListedSince: '2026-11-30',
    });
    const bad = parseWith(agencySchema, {
      ...minimal,
      url: 'javascript:alert(1)',
      corporateNumber: '123',
      medicalCode: '12',
    });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual([
      'url',
      'corporateNumber',
      'medicalCode',
    ]);
  });
});
