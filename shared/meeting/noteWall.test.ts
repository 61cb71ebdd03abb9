import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUpdateOrRevert, type Writer } from '../documentGuard';
import {
  addGroup,
  addNote,
  moveNote,
  readWall,
  removeGroup,
  removeNote,
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

  describe('a note is its writer’s', () => {
    // The server's copy holds 佐藤's note; each client starts from it and sends only its change.
    const start = () => {
      const server = new Y.Doc();
      const added = addNote(server, { ...note, authorId: 'sato', authorName: '佐藤' }, 'sato');
      if (!added.ok) throw new Error('not added');
      return { server, id: added.value.id };
    };
    const send = (server: Y.Doc, writer: Writer | undefined, edit: (client: Y.Doc) => void) => {
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
      const before = Y.encodeStateVector(client);
      edit(client);
      const update = Y.encodeStateAsUpdate(client, before);
      return applyUpdateOrRevert(server, update, 'peer', noteWallRules, writer).ok;
    };
    const tanaka: Writer = { id: 'tanaka', moderates: false };
    const facilitator: Writer = { id: 'ishii', moderates: true };

    it('lets others move it and put it in a group, but not change its words or remove it', () => {
      const { server, id } = start();
      const group = addGroup(server, '移動支援', 'sato');
      if (!group.ok) throw new Error('no group');
      expect(send(server, tanaka, (c) => moveNote(c, id, 300, 200, 'c'))).toBe(true);
      expect(send(server, tanaka, (c) => updateNote(c, id, { groupId: group.value.id }, 'c'))).toBe(
        true,
      );
      expect(send(server, tanaka, (c) => updateNote(c, id, { text: '書き換え' }, 'c'))).toBe(false);
      expect(send(server, tanaka, (c) => updateNote(c, id, { tint: 'pink' }, 'c'))).toBe(false);
      expect(send(server, tanaka, (c) => removeNote(c, id, 'c'))).toBe(false);
      expect(readWall(server).notes).toEqual([
        expect.objectContaining({ id, text: note.text, tint: 'child', x: 300, y: 200 }),
      ]);
      expect(readWall(server).notes[0]?.groupId).toBe(group.value.id);
    });

    it('refuses a note written in someone else’s name, unsigned, or handed to another', () => {
      const { server, id } = start();
      expect(send(server, tanaka, (c) => addNote(c, { ...note, authorId: 'sato' }, 'c'))).toBe(
        false,
      );
      expect(send(server, tanaka, (c) => addNote(c, note, 'c'))).toBe(false);
      expect(
        send(server, { id: 'sato', moderates: false }, (c) => {
          c.getMap<Y.Map<unknown>>('notes').get(id)?.set('authorId', 'tanaka');
        }),
      ).toBe(false);
      expect(readWall(server).notes.map((n) => n.authorId)).toEqual(['sato']);
      expect(send(server, tanaka, (c) => addNote(c, { ...note, authorId: 'tanaka' }, 'c'))).toBe(
        true,
      );
    });

    it('refuses replacing another’s note with a new one under the same id', () => {
      const { server, id } = start();
      const replaced = send(server, tanaka, (c) => {
        const entry = new Y.Map<unknown>();
        c.getMap('notes').set(id, entry);
        for (const [k, v] of Object.entries({ ...note, text: '乗っ取り', authorId: 'tanaka' })) {
          entry.set(k, v);
        }
      });
      expect(replaced).toBe(false);
      expect(readWall(server).notes.map((n) => [n.text, n.authorId])).toEqual([
        [note.text, 'sato'],
      ]);
    });

    it('lets the writer change and remove their own, and the facilitator anyone’s', () => {
      const { server, id } = start();
      const sato: Writer = { id: 'sato', moderates: false };
      expect(send(server, sato, (c) => updateNote(c, id, { text: '送迎の担い手' }, 'c'))).toBe(
        true,
      );
      expect(send(server, facilitator, (c) => updateNote(c, id, { tint: 'pink' }, 'c'))).toBe(true);
      expect(readWall(server).notes[0]).toMatchObject({ text: '送迎の担い手', tint: 'pink' });
      expect(send(server, facilitator, (c) => removeNote(c, id, 'c'))).toBe(true);
      expect(readWall(server).notes).toEqual([]);
    });

    it('keeps judging by the author after refused and accepted changes', () => {
      const { server, id } = start();
      expect(send(server, tanaka, (c) => removeNote(c, id, 'c'))).toBe(false);
      expect(send(server, tanaka, (c) => removeNote(c, id, 'c'))).toBe(false);
      expect(send(server, { id: 'sato', moderates: false }, (c) => removeNote(c, id, 'c'))).toBe(
        true,
      );
      expect(
        send(server, tanaka, (c) => addNote(c, { ...note, id, authorId: 'tanaka' }, 'c')),
      ).toBe(true);
      expect(send(server, tanaka, (c) => updateNote(c, id, { text: '自分の' }, 'c'))).toBe(true);
    });
  });
});
