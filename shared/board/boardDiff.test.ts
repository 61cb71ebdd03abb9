import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffBoards, diffDocument, diffMarks, isDiffEmpty } from './boardDiff';
import {
  addAgencies,
  addAgency,
  addTie,
  moveAgencies,
  readBoard,
  removeAgencies,
  updateAgency,
  updateTie,
} from './document';
import { cafe, shisetsu, soudan } from './testBoard';

/** A board of three agencies and two ties, and a later copy of it to change. */
function boardAndLater() {
  const older = new Y.Doc();
  expect(addAgencies(older, [soudan, shisetsu, cafe]).ok).toBe(true);
  expect(
    addTie(older, { id: 'kikan-sato', from: 'kikan', to: 'shisetsu', kind: 'referral' }).ok,
  ).toBe(true);
  addTie(older, { id: 'sato-cafe', from: 'shisetsu', to: 'cafe', kind: 'consultation' });
  const newer = new Y.Doc();
  Y.applyUpdate(newer, Y.encodeStateAsUpdate(older));
  return { older, newer };
}

describe('the difference between two networks', () => {
  it('names agencies added, removed and changed (with the fields), and ties added and removed', () => {
    const { older, newer } = boardAndLater();
    removeAgencies(newer, ['cafe']);
    addAgency(newer, {
      id: 'shokudo',
      name: 'こども食堂 みどり',
      layer: 'community',
      fields: ['child'],
    });
    updateAgency(newer, 'shisetsu', { name: 'みどりの郷（新館）', hubFunctions: ['emergency'] });
    addTie(newer, { id: 'kikan-shokudo', from: 'kikan', to: 'shokudo', kind: 'cooperation' });
    updateTie(newer, 'kikan-sato', { strength: 3 });

    const diff = diffBoards(readBoard(older), readBoard(newer));
    expect(diff.agencies.added.map((a) => a.name)).toEqual(['こども食堂 みどり']);
    expect(diff.agencies.removed.map((a) => a.name)).toEqual(['ふれあいカフェ ひだまり']);
    expect(diff.agencies.changed).toEqual([
      expect.objectContaining({ fields: ['hubFunctions', 'name'] }),
    ]);
    expect(diff.agencies.changed[0]?.before.name).toBe('みどりの郷');
    expect(diff.ties.added.map((x) => x.id)).toEqual(['kikan-shokudo']);
    // The tie to the removed agency went with it.
    expect(diff.ties.removed.map((x) => x.id)).toEqual(['sato-cafe']);
    expect(diff.ties.changed).toEqual([expect.objectContaining({ fields: ['strength'] })]);
    expect(isDiffEmpty(diff)).toBe(false);

    const marks = diffMarks(diff);
    expect(Object.fromEntries(marks.agencies)).toEqual({
      shokudo: 'added',
      cafe: 'removed',
      shisetsu: 'changed',
    });
    expect(Object.fromEntries(marks.ties)).toEqual({
      'kikan-shokudo': 'added',
      'sato-cafe': 'removed',
      'kikan-sato': 'changed',
    });
  });

  it('moving agencies on the canvas is no change of the network', () => {
    const { older, newer } = boardAndLater();
    moveAgencies(newer, [{ id: 'kikan', position: { x: 300, y: 40 } }]);
    expect(isDiffEmpty(diffBoards(readBoard(older), readBoard(newer)))).toBe(true);
  });

  it('the document for one canvas holds the newer board and puts back what was removed, leaving the newer untouched', () => {
    const { older, newer } = boardAndLater();
    removeAgencies(newer, ['cafe']);
    const diff = diffBoards(readBoard(older), readBoard(newer));
    const both = readBoard(diffDocument(newer, diff));
    expect(both.agencies.map((a) => a.id).sort()).toEqual(['cafe', 'kikan', 'shisetsu']);
    expect(both.ties.map((x) => x.id).sort()).toEqual(['kikan-sato', 'sato-cafe']);
    expect(
      readBoard(newer)
        .agencies.map((a) => a.id)
        .sort(),
    ).toEqual(['kikan', 'shisetsu']);
  });
});
