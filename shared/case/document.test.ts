import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { entriesOf } from './collection';
import {
  addActionItem,
  addConferenceRecord,
  addRelation,
  addSupporter,
  addTimelineEntry,
  caseScope,
  readCase,
  removeSupporters,
  updateEmergencyWindow,
  updateRelation,
  updateSupporter,
} from './document';
import { PERSON } from './ecomap';

const BOARD = '7d1f7f9e-8d7a-4c57-9a43-2f3f0a0b1c2d';

function ecomap(): Y.Doc {
  const doc = new Y.Doc();
  expect(
    addSupporter(doc, { id: 'mother', kind: 'person', label: '母', relation: 'family' }).ok,
  ).toBe(true);
  expect(
    addSupporter(doc, { id: 'kikan', kind: 'agency', boardId: BOARD, agencyId: 'kikan' }).ok,
  ).toBe(true);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('case document', () => {
  it('reads back supporters as agency references or informal people', () => {
    const doc = ecomap();
    const { supporters, problems } = readCase(doc);
    expect(problems).toEqual([]);
    expect(supporters).toEqual([
      { id: 'mother', kind: 'person', label: '母', relation: 'family' },
      { id: 'kikan', kind: 'agency', boardId: BOARD, agencyId: 'kikan' },
    ]);
    expect(addSupporter(doc, { kind: 'person', label: ' ', relation: 'cousin' as never })).toEqual({
      ok: false,
      issues: [
        { path: 'label', code: 'required' },
        { path: 'relation', code: 'choice' },
      ],
    });
  });

  it('adds relations with ecomap defaults and refuses one to a missing supporter, clearly', () => {
    const doc = ecomap();
    const added = addRelation(doc, { id: 'r1', from: PERSON, to: 'mother', kind: 'care' });
    expect(added.ok && added.value).toMatchObject({
      strength: 'normal',
      stress: false,
      direction: 'both',
    });
    const before = Y.encodeStateVector(doc);
    expect(addRelation(doc, { from: PERSON, to: 'ghost', kind: 'care' })).toEqual({
      ok: false,
      issues: [{ path: 'to', code: 'endpointMissing' }],
    });
    expect(addRelation(doc, { from: 'mother', to: PERSON, kind: 'care' }).ok).toBe(false);
    expect(addRelation(doc, { from: 'mother', to: 'mother', kind: 'care' }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses an oversized note and an impossible or reversed period, leaving the document valid', () => {
    const doc = ecomap();
    addRelation(doc, { id: 'r1', from: PERSON, to: 'kikan', kind: 'consultation' });
    expect(updateRelation(doc, 'r1', { note: 'あ'.repeat(1001) })).toEqual({
      ok: false,
      issues: [{ path: 'note', code: 'tooLong', params: { max: 1000 } }],
    });
    expect(updateRelation(doc, 'r1', { validFrom: '2025-02-30' }).ok).toBe(false);
    expect(updateRelation(doc, 'r1', { validFrom: '2025-04-01', validTo: '2025-03-31' })).toEqual({
      ok: false,
      issues: [{ path: 'validTo', code: 'endBeforeStart' }],
    });
    expect(
      updateRelation(doc, 'r1', {
        strength: 'weak',
        stress: true,
        direction: 'to',
        validFrom: '2025-04-01',
        note: '月1回',
      }).ok,
    ).toBe(true);
    const { relations, problems } = readCase(doc);
    expect(problems).toEqual([]);
    expect(relations[0]).toMatchObject({
      strength: 'weak',
      stress: true,
      direction: 'to',
      note: '月1回',
    });
  });

  it('removes a supporter with its relations in one transaction', () => {
    const doc = ecomap();
    addRelation(doc, { from: PERSON, to: 'mother', kind: 'care' });
    addRelation(doc, { from: 'mother', to: 'kikan', kind: 'consultation' });
    addRelation(doc, { from: PERSON, to: 'kikan', kind: 'consultation' });
    let updates = 0;
    doc.on('update', () => updates++);
    expect(removeSupporters(doc, ['mother'])).toBe(1);
    expect(updates).toBe(1);
    expect(readCase(doc).relations.map((r) => r.to)).toEqual(['kikan']);
  });

  it('changing a supporter from a person to an agency drops the person fields', () => {
    const doc = ecomap();
    expect(
      updateSupporter(doc, 'mother', { kind: 'agency', boardId: BOARD, agencyId: 'x' }).ok,
    ).toBe(true);
    expect([...(entriesOf(doc, 'supporters').get('mother')?.keys() ?? [])].sort()).toEqual([
      'agencyId',
      'boardId',
      'kind',
    ]);
  });

  it('merges concurrent edits of different fields of one relation and one emergency window', () => {
    const a = ecomap();
    addRelation(a, { id: 'r1', from: PERSON, to: 'mother', kind: 'care' });
    const b = new Y.Doc();
    sync(a, b);
    updateRelation(a, 'r1', { strength: 'strong' });
    updateRelation(b, 'r1', { note: '毎日の食事' });
    updateEmergencyWindow(a, 'night', { call: '基幹相談 夜間携帯' });
    updateEmergencyWindow(b, 'night', { stay: '短期入所 ひだまり' });
    sync(a, b);
    for (const doc of [a, b]) {
      const read = readCase(doc);
      expect(read.relations[0]).toMatchObject({ strength: 'strong', note: '毎日の食事' });
      expect(read.emergency.night).toMatchObject({
        call: '基幹相談 夜間携帯',
        stay: '短期入所 ひだまり',
      });
      expect(read.emergency.holiday).toBeNull();
    }
  });

  it('reports, not throws, a relation a concurrent removal left dangling', () => {
    const a = ecomap();
    const b = new Y.Doc();
    sync(a, b);
    removeSupporters(a, ['mother']);
    addRelation(b, { id: 'late', from: PERSON, to: 'mother', kind: 'care' });
    sync(a, b);
    const read = readCase(b);
    expect(read.relations).toEqual([]);
    expect(read.problems).toEqual([
      {
        part: 'relations',
        id: 'late',
        issues: [{ path: 'to', code: 'endpointMissing' }],
      },
    ]);
  });

  it('keeps the timeline in date order and refuses invalid dates and missing stage/transition', () => {
    const doc = new Y.Doc();
    expect(
      addTimelineEntry(doc, {
        kind: 'transition',
        transition: 'age65LongTermCare',
        date: '2031-05-01',
      }).ok,
    ).toBe(true);
    expect(addTimelineEntry(doc, { kind: 'stage', stage: 'adult', date: '2012-04-01' }).ok).toBe(
      true,
    );
    expect(addTimelineEntry(doc, { kind: 'stage', date: '2012-04-01' })).toEqual({
      ok: false,
      issues: [{ path: 'stage', code: 'stageRequired' }],
    });
    expect(
      addTimelineEntry(doc, { kind: 'transition', transition: 'graduation', date: '2024-13-01' }),
    ).toEqual({
      ok: false,
      issues: [{ path: 'date', code: 'noSuchDate' }],
    });
    expect(readCase(doc).timeline.map((e) => e.date)).toEqual(['2012-04-01', '2031-05-01']);
  });

  it('records action items and conferences, newest record first', () => {
    const doc = new Y.Doc();
    expect(
      addActionItem(doc, {
        title: '短期入所の体験利用を調整',
        owner: '相談支援A',
        due: '2026-12-01',
      }).ok,
    ).toBe(true);
    expect(addActionItem(doc, { title: '' }).ok).toBe(false);
    addConferenceRecord(doc, {
      date: '2026-10-01',
      attendees: ['相談支援A'],
      agreed: '夜間の連絡先を決める',
    });
    addConferenceRecord(doc, {
      date: '2026-11-01',
      attendees: ['相談支援A', '母'],
      agreed: '短期入所を体験',
    });
    expect(addConferenceRecord(doc, { date: '2026-11-02', attendees: [], agreed: 'x' }).ok).toBe(
      false,
    );
    const read = readCase(doc);
    expect(read.actions[0]?.status).toBe('open');
    expect(read.records.map((r) => r.date)).toEqual(['2026-11-01', '2026-10-01']);
  });

  it('lets an undo manager undo only the local origin', () => {
    const doc = ecomap();
    const local = Symbol('local');
    const undo = new Y.UndoManager(caseScope(doc), { trackedOrigins: new Set([local]) });
    updateEmergencyWindow(doc, 'holiday', { goes: '母' }, local);
    updateSupporter(doc, 'mother', { label: '母（80代）' }, 'remote');
    undo.undo();
    const read = readCase(doc);
    expect(read.emergency.holiday).toBeNull();
    expect(read.supporters[0]).toMatchObject({ label: '母（80代）' });
  });
});
