import { describe, expect, it } from 'vitest';
import {
  changedFields,
  changedPatch,
  conflictingFields,
  editField,
  type FieldEdits,
  sameValue,
  shownValues,
} from './fieldMerge';

type Agency = { phone: string; notes: string; fields: string[] };
const opened: Agency = { phone: '011-000-0000', notes: '', fields: ['welfare'] };

describe('field merge of a form on a live entry', () => {
  it('writes only what this person changed, so another person’s new phone number stays', () => {
    // B opens the form, A changes the phone number meanwhile, B changes only the memo.
    let edits: FieldEdits<Agency> = {};
    edits = editField(edits, opened, 'notes', '夜間は代表へ');
    const live = { ...opened, phone: '011-999-9999' };
    expect(shownValues(live, edits)).toEqual({
      phone: '011-999-9999',
      notes: '夜間は代表へ',
      fields: ['welfare'],
    });
    expect(changedPatch(edits)).toEqual({ notes: '夜間は代表へ' });
    expect(conflictingFields(live, edits)).toEqual([]);
  });

  it('names a field both changed, and keeps the base of the first keystroke', () => {
    let edits: FieldEdits<Agency> = {};
    edits = editField(edits, opened, 'phone', '011-111');
    const live = { ...opened, phone: '011-999-9999' };
    edits = editField(edits, live, 'phone', '011-111-1111');
    expect(edits.phone?.base).toBe('011-000-0000');
    expect(conflictingFields(live, edits)).toEqual(['phone']);
    expect(changedPatch(edits)).toEqual({ phone: '011-111-1111' });
  });

  it('starts from the live value when the person begins after the other’s change', () => {
    const live = { ...opened, phone: '011-999-9999' };
    const edits = editField({}, live, 'phone', '011-999-9990');
    expect(conflictingFields(live, edits)).toEqual([]);
  });

  it('is no conflict when both typed the same, and no change when typed back', () => {
    const live = { ...opened, phone: '011-222-2222' };
    const same = editField({}, opened, 'phone', '011-222-2222');
    expect(conflictingFields(live, same)).toEqual([]);
    const back = editField(editField({}, opened, 'phone', 'x'), opened, 'phone', opened.phone);
    expect(changedFields(back)).toEqual([]);
    expect(changedPatch(back)).toEqual({});
    // While touched the field shows what the person typed, not a value jumping under the cursor.
    expect(shownValues(live, back).phone).toBe('011-000-0000');
  });

  it('compares lists by their items', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    const edits = editField({}, opened, 'fields', ['welfare', 'employment']);
    expect(changedFields(edits)).toEqual(['fields']);
    expect(changedFields(editField({}, opened, 'fields', ['welfare']))).toEqual([]);
  });
});
