import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, updateAgency } from '../../../../shared/board/document';
import { boardStore } from './useBoard';

describe('board store', () => {
  it('reads the board once per change and tells subscribers, for local and remote edits', () => {
    const doc = new Y.Doc();
    const store = boardStore(doc);
    expect(boardStore(doc)).toBe(store);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const empty = store.get();
    expect(store.get()).toBe(empty);

    const added = addAgency(doc, {
      name: '障害福祉課',
      layer: 'municipality',
      fields: ['disability'],
    });
    if (!added.ok) throw new Error('not added');
    expect(calls).toBe(1);
    const one = store.get();
    expect(one).not.toBe(empty);
    expect(one.agencies.map((a) => a.name)).toEqual(['障害福祉課']);

    // An edit arriving from another replica, inside an existing agency's map.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    updateAgency(remote, added.value.id, { name: '障害福祉課（本庁）' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    expect(calls).toBe(2);
    expect(store.get().agencies[0]?.name).toBe('障害福祉課（本庁）');

    // Objects of unchanged entries are kept, so memoised views skip them.
    const second = addAgency(doc, {
      name: '基幹相談支援センター',
      layer: 'core',
      fields: ['disability'],
    });
    if (!second.ok) throw new Error('not added');
    const [first] = store.get().agencies;
    updateAgency(doc, second.value.id, { area: '北' });
    expect(store.get().agencies[0]).toBe(first);
    expect(store.get().agencies[1]?.area).toBe('北');

    unsubscribe();
    const before = calls;
    updateAgency(doc, added.value.id, { area: '中央' });
    expect(calls).toBe(before);
  });
});
