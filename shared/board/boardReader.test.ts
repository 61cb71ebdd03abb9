import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoardReader } from './boardReader';
import { addAgencies, addTie, readBoard, removeAgencies, updateAgency } from './document';
import { agenciesOf } from './documentLayout';
import { cafe, shisetsu, soudan } from './testBoard';

describe('board reader', () => {
  it('returns the same board until something changes, and keeps unchanged entries', () => {
    const doc = new Y.Doc();
    addAgencies(doc, [soudan, shisetsu, cafe]);
    addTie(doc, { id: 't1', from: 'kikan', to: 'cafe', kind: 'cooperation' });
    const reader = createBoardReader(doc);
    const first = reader.read();
    expect(reader.read()).toBe(first);
    expect(first).toEqual(readBoard(doc));

    updateAgency(doc, 'kikan', { notes: '更新' });
    const second = reader.read();
    expect(second).not.toBe(first);
    expect(second).toEqual(readBoard(doc));
    expect(second.agencies.find((a) => a.id === 'kikan')?.notes).toBe('更新');
    expect(second.agencies.find((a) => a.id === 'cafe')).toBe(
      first.agencies.find((a) => a.id === 'cafe'),
    );
    expect(second.ties[0]).toBe(first.ties[0]);
    reader.destroy();
  });

  it('follows removals, invalid entries and remote updates', () => {
    const doc = new Y.Doc();
    addAgencies(doc, [soudan, shisetsu, cafe]);
    addTie(doc, { id: 't1', from: 'kikan', to: 'cafe', kind: 'cooperation' });
    const reader = createBoardReader(doc);
    reader.read();
    removeAgencies(doc, ['cafe']);
    expect(reader.read()).toEqual(readBoard(doc));
    expect(reader.read().ties).toEqual([]);

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    agenciesOf(remote).get('kikan')?.set('layer', 'nowhere');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    const board = reader.read();
    expect(board).toEqual(readBoard(doc));
    expect(board.problems.map((p) => p.id)).toEqual(['kikan']);
    reader.destroy();
  });
});
