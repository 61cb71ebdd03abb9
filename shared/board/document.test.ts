import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgencies,
  addAgency,
  addTie,
  addTies,
  boardScope,
  moveAgencies,
  moveAgenciesFreely,
  readAgency,
  readBoard,
  removeAgencies,
  removeTies,
  updateAgency,
  updateTie,
} from './document';
import { agenciesOf } from './documentLayout';
import { cafe, shisetsu, soudan } from './testBoard';

function boardWithThree(): Y.Doc {
  const doc = new Y.Doc();
  expect(addAgencies(doc, [soudan, shisetsu, cafe]).ok).toBe(true);
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('board document', () => {
  it('reads back what was added, normalised, with a generated id when none is given', () => {
    const doc = boardWithThree();
    const added = addAgency(doc, {
      name: ' 市障害者福祉課 ',
      layer: 'municipality',
      fields: ['disability'],
    });
    expect(added.ok).toBe(true);
    const board = readBoard(doc);
    expect(board.problems).toEqual([]);
    expect(board.agencies).toHaveLength(4);
    const fukushi = board.agencies.find((a) => a.name === '市障害者福祉課');
    expect(fukushi?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(readAgency(doc, 'cafe')?.kana).toBe('フレアイカフェヒダマリ');
  });

  it('refuses an agency without a name or with an unknown layer and leaves the document as it was', () => {
    const doc = boardWithThree();
    const before = Y.encodeStateVector(doc);
    const result = addAgency(doc, { name: '  ', layer: 'city' as never, fields: ['child'] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'name', code: 'required' },
        { path: 'layer', code: 'choice' },
      ],
    });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('adds a batch all or nothing and names the bad entry by its index', () => {
    const doc = new Y.Doc();
    const result = addAgencies(doc, [soudan, { ...cafe, fields: [] }]);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '1.fields', code: 'required' }],
    });
    expect(readBoard(doc).agencies).toEqual([]);
    expect(addAgencies(doc, [soudan, soudan]).ok).toBe(false);
  });

  it('merges concurrent edits of different fields of one agency', () => {
    const a = boardWithThree();
    const b = new Y.Doc();
    sync(a, b);
    expect(updateAgency(a, 'kikan', { phone: '0422-00-1234' }).ok).toBe(true);
    expect(updateAgency(b, 'kikan', { nightHolidayResponse: 'night', area: '' }).ok).toBe(true);
    sync(a, b);
    for (const doc of [a, b]) {
      const kikan = readAgency(doc, 'kikan');
      expect(kikan).toMatchObject({ phone: '0422-00-1234', nightHolidayResponse: 'night' });
      expect(kikan?.area).toBeUndefined();
    }
  });

  it('refuses an update that would make the agency invalid', () => {
    const doc = boardWithThree();
    expect(updateAgency(doc, 'kikan', { name: '' }).ok).toBe(false);
    expect(updateAgency(doc, 'nobody', { name: 'x' })).toEqual({
      ok: false,
      issues: [{ path: '', code: 'notFound' }],
    });
    expect(readAgency(doc, 'kikan')?.name).toBe(soudan.name);
  });

  it('refuses a tie to a missing agency, a self-tie and a duplicate, with clear messages', () => {
    const doc = boardWithThree();
    expect(addTie(doc, { from: 'kikan', to: 'ghost', kind: 'referral' })).toEqual({
      ok: false,
      issues: [{ path: 'to', code: 'endpointMissing' }],
    });
    expect(addTie(doc, { from: 'kikan', to: 'kikan', kind: 'referral' })).toEqual({
      ok: false,
      issues: [{ path: 'to', code: 'sameEndpoints' }],
    });
    expect(addTie(doc, { from: 'kikan', to: 'shisetsu', kind: 'referral' }).ok).toBe(true);
    const duplicate = addTie(doc, { from: 'shisetsu', to: 'kikan', kind: 'referral' });
    expect(duplicate.ok).toBe(false);
    expect(addTie(doc, { from: 'shisetsu', to: 'kikan', kind: 'emergencyBackup' }).ok).toBe(true);
    expect(readBoard(doc).ties).toHaveLength(2);
  });

  it('adds ties in a batch all or nothing, refusing duplicates within the batch', () => {
    const doc = boardWithThree();
    const referral = { from: 'kikan', to: 'cafe', kind: 'referral' as const };
    const batch = [referral, { from: 'cafe', to: 'kikan', kind: 'referral' as const }];
    expect(addTies(doc, batch)).toEqual({
      ok: false,
      issues: [{ path: '1.kind', code: 'duplicateTie' }],
    });
    expect(readBoard(doc).ties).toEqual([]);
    expect(addTies(doc, [referral, { ...referral, kind: 'emergencyBackup' }]).ok).toBe(true);
    expect(readBoard(doc).ties).toHaveLength(2);
  });

  it('updates and removes ties', () => {
    const doc = boardWithThree();
    const tie = addTie(doc, { id: 't1', from: 'kikan', to: 'cafe', kind: 'cooperation' });
    expect(tie.ok && tie.value).toMatchObject({ direction: 'both', strength: 2 });
    expect(updateTie(doc, 't1', { strength: 3, note: '月1回の連絡会' }).ok).toBe(true);
    expect(updateTie(doc, 't1', { strength: 4 }).ok).toBe(false);
    expect(updateTie(doc, 't1', { to: 'ghost' }).ok).toBe(false);
    expect(readBoard(doc).ties[0]).toMatchObject({
      strength: 3,
      note: '月1回の連絡会',
      to: 'cafe',
    });
    expect(removeTies(doc, ['t1', 'ghost'])).toBe(1);
    expect(readBoard(doc).ties).toEqual([]);
  });

  it('removes an agency with its ties in one transaction', () => {
    const doc = boardWithThree();
    addTie(doc, { from: 'kikan', to: 'shisetsu', kind: 'referral' });
    addTie(doc, { from: 'cafe', to: 'kikan', kind: 'informationSharing' });
    addTie(doc, { from: 'cafe', to: 'shisetsu', kind: 'cooperation' });
    let updates = 0;
    doc.on('update', () => updates++);
    expect(removeAgencies(doc, ['kikan'])).toBe(1);
    expect(updates).toBe(1);
    const board = readBoard(doc);
    expect(board.agencies.map((a) => a.id).sort()).toEqual(['cafe', 'shisetsu']);
    expect(board.ties).toHaveLength(1);
  });

  it('moves agencies and skips missing ones', () => {
    const doc = boardWithThree();
    const moved = moveAgencies(doc, [
      { id: 'cafe', position: { x: 10, y: -20 } },
      { id: 'ghost', position: { x: 0, y: 0 } },
      { id: 'kikan', position: { x: Number.NaN, y: 0 } },
    ]);
    expect(moved).toBe(1);
    expect(readAgency(doc, 'cafe')?.position).toEqual({ x: 10, y: -20 });
  });

  it('keeps free-arrangement places apart from lane places, and merges both when concurrent', () => {
    const a = boardWithThree();
    const b = new Y.Doc();
    sync(a, b);
    moveAgencies(a, [{ id: 'cafe', position: { x: 400, y: 700 } }]);
    sync(a, b);
    expect(moveAgenciesFreely(b, [{ id: 'cafe', position: { x: -50, y: 1200.5 } }])).toBe(1);
    moveAgencies(a, [{ id: 'cafe', position: { x: 640, y: 700 } }]);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readAgency(doc, 'cafe')?.position).toEqual({ x: 640, y: 700 });
      expect(readAgency(doc, 'cafe')?.freePosition).toEqual({ x: -50, y: 1200.5 });
    }
    expect(
      moveAgenciesFreely(a, [
        { id: 'ghost', position: { x: 0, y: 0 } },
        { id: 'kikan', position: { x: 0, y: Number.POSITIVE_INFINITY } },
      ]),
    ).toBe(0);
    expect(readAgency(a, 'kikan')?.freePosition).toBeUndefined();
  });

  it('reports a free place that is not a pair of numbers', () => {
    const doc = boardWithThree();
    doc.transact(() => agenciesOf(doc).get('cafe')?.set('freePosition', { x: 'left', y: 3 }));
    const board = readBoard(doc);
    expect(board.problems).toEqual([
      {
        kind: 'agency',
        id: 'cafe',
        issues: [{ path: 'freePosition.x', code: 'notNumber' }],
      },
    ]);
  });

  it('lets an undo manager undo only the local origin', () => {
    const doc = boardWithThree();
    const local = Symbol('local');
    const undo = new Y.UndoManager(boardScope(doc), { trackedOrigins: new Set([local]) });
    updateAgency(doc, 'kikan', { name: '基幹相談支援センター（新）' }, local);
    updateAgency(doc, 'cafe', { notes: 'remote edit' }, 'remote');
    undo.undo();
    expect(readAgency(doc, 'kikan')?.name).toBe(soudan.name);
    expect(readAgency(doc, 'cafe')?.notes).toBe('remote edit');
  });

  it('reports, not throws, entries a concurrent edit or a bad client left invalid', () => {
    const a = boardWithThree();
    const b = new Y.Doc();
    sync(a, b);
    removeAgencies(a, ['cafe']);
    addTie(b, { id: 'late', from: 'kikan', to: 'cafe', kind: 'referral' });
    sync(a, b);
    b.transact(() => {
      agenciesOf(b).set('raw', new Y.Map(Object.entries({ name: 'x', layer: 'nowhere' })));
    });
    const board = readBoard(b);
    expect(board.ties).toEqual([]);
    expect(board.problems.map((p) => [p.kind, p.id])).toEqual([
      ['agency', 'raw'],
      ['tie', 'late'],
    ]);
    expect(board.problems[1]?.issues[0]?.path).toBe('to');
  });
});
