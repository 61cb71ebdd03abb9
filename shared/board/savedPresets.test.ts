import { describe, expect, it } from 'vitest';
import { readCsvTable } from './csvImport';
import {
  presetColumns,
  recogniseSavedPreset,
  type SavedPreset,
  savedPresetBody,
  savedPresetPlan,
} from './savedPresets';

const roster = (over: Partial<SavedPreset> = {}): SavedPreset => ({
  id: '8f1c9b2e-1d4a-4c1e-9a57-3f2b8c6d7e10',
  name: '相談支援ネットワーク名簿',
  columns: [
    { header: '機関', column: 'name' },
    { header: 'よみ', column: 'kana' },
    { header: '連絡先', column: 'phone' },
    { header: '担当者', column: null },
    { header: '区分', column: 'fields' },
  ],
  defaults: { layer: 'cooperating' },
  createdAt: '2026-12-02T00:00:00.000Z',
  ...over,
});

describe('import settings saved by hand', () => {
  it('recognises a file by its headers, in another order, width and with a memo column added', () => {
    const file = readCsvTable(
      new TextEncoder().encode(
        '区分,ＴＥＬ,機関,よみ,連絡先,担当者,メモ\n障害,,みどり相談室,みどりそうだんしつ,0120-000-000,田中,\n',
      ),
    );
    if (!file.ok) throw new Error('fixture did not parse');
    const preset = roster();
    expect(recogniseSavedPreset([preset], file.table.headers)).toBe(preset);
    const plan = savedPresetPlan(preset, file.table.headers);
    expect(plan.mapping).toEqual(['fields', null, 'name', 'kana', 'phone', null, null]);
    expect(plan.defaults).toEqual({ layer: 'cooperating' });
  });

  it('is not used for a file that only shares a few headers, or lacks the name column', () => {
    expect(recogniseSavedPreset([roster()], ['機関', '住所', '電話番号', '分野'])).toBeNull();
    expect(recogniseSavedPreset([roster()], ['よみ', '連絡先', '担当者', '区分'])).toBeNull();
  });

  it('prefers the setting whose headers the file covers best', () => {
    const narrow = roster({
      id: '0b1e0d8a-0f55-4a0e-8b8e-2d0b7b7c1a01',
      name: '狭い',
      columns: roster().columns.slice(0, 4),
    });
    const wide = roster({ name: '広い' });
    const headers = ['機関', 'よみ', '連絡先', '担当者', '区分'];
    expect(recogniseSavedPreset([narrow, wide], headers)?.name).toBe('広い');
  });

  it('saves every header of a mapping, the ones read past too', () => {
    expect(presetColumns(['名称', '備考欄'], ['name', null])).toEqual([
      { header: '名称', column: 'name' },
      { header: '備考欄', column: null },
    ]);
  });

  it('refuses a setting without a name column, a blank name or control characters', () => {
    const { id: _id, createdAt: _at, ...body } = roster();
    expect(savedPresetBody.safeParse(body).success).toBe(true);
    const noName = { ...body, columns: body.columns.filter((c) => c.column !== 'name') };
    expect(savedPresetBody.safeParse(noName).error?.issues[0]?.message).toContain('csvNameColumn');
    expect(savedPresetBody.safeParse({ ...body, name: '  ' }).success).toBe(false);
    expect(savedPresetBody.safeParse({ ...body, name: '名簿\u0000' }).success).toBe(false);
    const unknown = { ...body, columns: [{ header: '機関', column: 'password' }] };
    expect(savedPresetBody.safeParse(unknown).success).toBe(false);
  });
});
