import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, readAgency } from '../../../../shared/board/document';
import { agencyInput, agencyValues, emptyAgencyValues } from './agencyFormValues';

describe('agency form values', () => {
  it('round-trips an agency through the form', () => {
    const doc = new Y.Doc();
    const values = {
      ...emptyAgencyValues(),
      name: '基幹相談支援センターひだまり',
      kana: 'きかんそうだん',
      layer: 'core' as const,
      fields: ['disability' as const, 'child' as const],
      capacity: '２０',
      tags: '相談、夜間',
    };
    const added = addAgency(doc, agencyInput(values));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const stored = readAgency(doc, added.value.id);
    expect(stored?.capacity).toBe(20);
    expect(stored?.tags).toEqual(['相談', '夜間']);
    expect(agencyValues(added.value, '、')).toMatchObject({
      name: values.name,
      capacity: '20',
      tags: '相談、夜間',
    });
  });

  it('lets the schema report a missing name, layer and field', () => {
    const added = addAgency(new Y.Doc(), agencyInput(emptyAgencyValues()));
    expect(added.ok).toBe(false);
    if (added.ok) return;
    expect(added.issues.map((i) => i.path).sort()).toEqual(['fields', 'layer', 'name']);
  });
});
