import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgencies, addTie, readBoard, updateTie } from './document';
import { tiesOf } from './documentLayout';
import { cafe, shisetsu, soudan } from './testBoard';

function boardWithTie(): Y.Doc {
  const doc = new Y.Doc();
  addAgencies(doc, [soudan, shisetsu, cafe]);
  addTie(doc, { id: 't1', from: 'kikan', to: 'cafe', kind: 'cooperation', note: '連絡会' });
  return doc;
}

// What the tie form's edit mode relies on: kind, direction, strength and note change in place.
describe('updateTie', () => {
  it('changes kind, direction and strength, and clears a note set to empty', () => {
    const doc = boardWithTie();
    const result = updateTie(doc, 't1', {
      kind: 'emergencyBackup',
      direction: 'oneWay',
      strength: 3,
      note: '  ',
    });
    expect(result.ok).toBe(true);
    expect(readBoard(doc).ties).toEqual([
      {
        id: 't1',
        from: 'kikan',
        to: 'cafe',
        kind: 'emergencyBackup',
        direction: 'oneWay',
        strength: 3,
      },
    ]);
    expect(tiesOf(doc).get('t1')?.has('note')).toBe(false);
  });

  it('refuses a kind the pair already has, naming the kind field, and writes nothing', () => {
    const doc = boardWithTie();
    addTie(doc, { id: 't2', from: 'cafe', to: 'kikan', kind: 'referral' });
    const result = updateTie(doc, 't1', { kind: 'referral', strength: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['kind']);
    expect(readBoard(doc).ties.find((x) => x.id === 't1')).toMatchObject({
      kind: 'cooperation',
      strength: 2,
    });
  });

  it('keeps its own kind when saved unchanged, and refuses a missing tie', () => {
    const doc = boardWithTie();
    expect(updateTie(doc, 't1', { kind: 'cooperation', note: '連絡会' }).ok).toBe(true);
    expect(updateTie(doc, 'ghost', { strength: 1 }).ok).toBe(false);
  });

  it('merges a concurrent edit of another field of the same tie', () => {
    const a = boardWithTie();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateTie(a, 't1', { kind: 'informationSharing' });
    updateTie(b, 't1', { strength: 1 });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    for (const doc of [a, b]) {
      expect(readBoard(doc).ties[0]).toMatchObject({ kind: 'informationSharing', strength: 1 });
    }
  });
});
