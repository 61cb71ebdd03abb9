import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUpdateOrRevert } from '../documentGuard';
import {
  addGroup,
  addNote,
  moveNote,
  readWall,
  removeGroup,
  renameGroup,
  updateNote,
  WALL_WIDTH,
} from './noteWall';
import { noteWallRules } from './noteWallCheck';

const note = { text: '送迎が足りない', tint: 'child', x: 10, y: 20, createdAt: 1 } as const;

describe('note wall', () => {
  it('keeps notes on the wall, groups them and lets a group go without losing its notes', () => {
    const doc = new Y.Doc();
    const added = addNote(doc, { ...note, authorId: 'u1', authorName: '佐藤' }, 'me');
    if (!added.ok) throw new Error('not added');
    const group = addGroup(doc, '移動支援', 'me');
    if (!group.ok) throw new Error('no group');
    expect(moveNote(doc, added.value.id, 99_999, -5, 'me').ok).toBe(true);
    expect(readWall(doc).notes[0]).toMatchObject({ x: WALL_WIDTH, y: 0 });
    updateNote(doc, added.value.id, { groupId: group.value.id }, 'me');
    renameGroup(doc, group.value.id, '移動', 'me');
    expect(readWall(doc)).toMatchObject({
      notes: [{ groupId: group.value.id, authorName: '佐藤' }],
      groups: [{ title: '移動' }],
    });
    removeGroup(doc, group.value.id, 'me');
    const after = readWall(doc);
    expect(after.groups).toEqual([]);
    expect(after.notes[0]?.groupId).toBeUndefined();
    expect(after.notes[0]?.text).toBe('送迎が足りない');
  });

  it('refuses an empty note and an unknown colour', () => {
    const doc = new Y.Doc();
    expect(addNote(doc, { ...note, text: '  ' }, 'me').ok).toBe(false);
    expect(addNote(doc, { ...note, tint: 'red' as never }, 'me').ok).toBe(false);
    expect(readWall(doc).notes).toEqual([]);
  });

  it('has the server undo a client that writes a note around the schema', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const entry = new Y.Map<unknown>();
    client.transact(() => {
      client.getMap('notes').set('n1', entry);
      entry.set('text', 'ok');
      entry.set('tint', 'child');
      entry.set('x', -40);
      entry.set('y', 0);
      entry.set('createdAt', 1);
    });
    const result = applyUpdateOrRevert(server, Y.encodeStateAsUpdate(client), 'c', noteWallRules);
    expect(result.ok).toBe(false);
    expect(readWall(server).notes).toEqual([]);
  });
});
