import { describe, expect, it } from 'vitest';
import {
  KAIGO,
  OPENDATA_CARE,
  OPENDATA_MEDICAL,
  presetMapping,
  recognisePreset,
  WAM,
} from './presets';
import { FIXTURES, fixtureTable } from './testFiles';

describe('official provider list presets', () => {
  it('recognises each official header row, in CP932 and in UTF-8 with a BOM', () => {
    const wam = fixtureTable(FIXTURES.wam);
    expect(wam.encoding).toBe('shift_jis');
    expect(wam.headers).toHaveLength(29);
    expect(recognisePreset(wam.headers)).toBe(WAM);
    const kaigo = fixtureTable(FIXTURES.kaigo);
    expect(kaigo.encoding).toBe('utf-8');
    expect(kaigo.headers).toHaveLength(24);
    expect(recognisePreset(kaigo.headers)).toBe(KAIGO);
    expect(recognisePreset(fixtureTable(FIXTURES.opendataCare).headers)).toBe(OPENDATA_CARE);
    expect(recognisePreset(fixtureTable(FIXTURES.opendataMedical).headers)).toBe(OPENDATA_MEDICAL);
  });

  it('tolerates a column added by a publisher but not another kind of file', () => {
    const headers = [...OPENDATA_MEDICAL.columns.map(([h]) => h), '郵便番号', '振興局'];
    expect(recognisePreset(headers)).toBe(OPENDATA_MEDICAL);
    expect(recognisePreset(['事業所名', '住所', '電話番号'])).toBeNull();
  });

  it('maps every header of a WAM file, joining parts and keeping FAX, URL and 法人番号', () => {
    const mapping = presetMapping(WAM, fixtureTable(FIXTURES.wam).headers);
    expect(mapping.filter((m) => m !== null)).toEqual([
      'cityCode',
      'corporation',
      'corporateNumber',
      'services',
      'name',
      'kana',
      'providerNumber',
      'addressCity',
      'addressDetail',
      'phone',
      'fax',
      'url',
      'lat',
      'lng',
      'hoursWeekday',
      'hoursSaturday',
      'hoursSunday',
      'hoursHoliday',
      'closedDays',
      'hoursNote',
      'capacity',
    ]);
  });
});
