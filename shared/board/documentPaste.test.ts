import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgencies, boardScope, readBoard } from './document';
import { addAgenciesWithTies } from './documentPaste';
import { cafe, shisetsu, soudan } from './testBoard';

const copies = [
  { ...soudan, id: 'n1' },
  { ...shisetsu, id: 'n2' },
];

describe('addAgenciesWithTies', () => {
  it('adds agencies and their ties in one transaction that one undo takes back', () => {
    const doc = new Y.Doc();
    addAgencies(doc, [cafe]);
    const local = { local: true };
    const undo = new Y.UndoManager(boardScope(doc), { trackedOrigins: new Set([local]) });
    let updates = 0;
    doc.on('update', () => updates++);
    const result = addAgenciesWithTies(
      doc,
      copies,
      [{ id: 'nt', from: 'n1', to: 'n2', kind: 'referral' }],
      local,
    );
    expect(result.ok && result.value.ties.map((x) => [x.from, x.to])).toEqual([['n1', 'n2']]);
    expect(updates).toBe(1);
    expect(readBoard(doc).agencies).toHaveLength(3);
    undo.undo();
    const board = readBoard(doc);
    expect(board.agencies.map((a) => a.id)).toEqual(['cafe']);
    expect(board.ties).toEqual([]);
  });

  it('writes nothing when an agency or a tie is invalid', () => {
    const doc = new Y.Doc();
    addAgencies(doc, [cafe]);
    const badAgency = addAgenciesWithTies(doc, [{ ...soudan, id: 'n1', name: '' }], []);
    expect(badAgency.ok).toBe(false);
    const badTie = addAgenciesWithTies(doc, copies, [
      { from: 'n1', to: 'n2', kind: 'referral' },
      { from: 'n1', to: 'nowhere', kind: 'referral' },
    ]);
    expect(!badTie.ok && badTie.issues.map((i) => i.path)).toEqual(['ties.1.to']);
    expect(readBoard(doc).agencies.map((a) => a.id)).toEqual(['cafe']);
    expect(readBoard(doc).ties).toEqual([]);
  });
});
