import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUpdateOrRevert } from '../documentGuard';
import {
  addActionItem,
  addDecision,
  ensureNoteTexts,
  GENERAL_NOTES,
  notesOf,
  readMinutes,
  updateActionItem,
} from './minutes';
import { minutesRules } from './minutesCheck';

const ITEM = '6f1c2a4e-8a3b-4c1d-9e2f-0a1b2c3d4e5f';
const CARD = '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9';

const sync = (from: Y.Doc, to: Y.Doc) =>
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('minutes', () => {
  it('merges two people typing in one item’s notes, character by character', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    ensureNoteTexts(a, [GENERAL_NOTES, ITEM], 'a');
    sync(a, b);
    notesOf(a).get(ITEM)?.insert(0, '送迎の課題。');
    notesOf(b).get(ITEM)?.insert(0, '居場所の課題。');
    sync(a, b);
    sync(b, a);
    const text = readMinutes(a).notes.get(ITEM) ?? '';
    expect(text).toContain('送迎の課題。');
    expect(text).toContain('居場所の課題。');
    expect(readMinutes(b).notes.get(ITEM)).toBe(text);
    expect(readMinutes(a).notes.get(GENERAL_NOTES)).toBe('');
  });

  it('keeps decisions and action items, and checks their fields', () => {
    const doc = new Y.Doc();
    expect(
      addDecision(doc, { text: '次回までに案を作る', itemId: ITEM, createdAt: 1 }, 'me').ok,
    ).toBe(true);
    const action = addActionItem(
      doc,
      {
        text: '送迎の実態を調べる',
        ownerName: '上田',
        due: '2027-01-31',
        cardId: CARD,
        createdAt: 2,
      },
      'me',
    );
    if (!action.ok) throw new Error('not added');
    expect(updateActionItem(doc, action.value.id, { due: '2027-02-30' }, 'me').ok).toBe(false);
    expect(addActionItem(doc, { text: ' ', createdAt: 3 }, 'me').ok).toBe(false);
    expect(readMinutes(doc)).toMatchObject({
      decisions: [{ text: '次回までに案を作る', itemId: ITEM }],
      actions: [{ text: '送迎の実態を調べる', due: '2027-01-31', cardId: CARD }],
    });
  });

  it('has the server undo notes that are not text, carry control characters or sit under no item', () => {
    for (const write of [
      (doc: Y.Doc) => doc.getMap('notes').set(ITEM, 'plain string'),
      (doc: Y.Doc) => doc.getMap('notes').set('not-an-item', new Y.Text('x')),
      (doc: Y.Doc) => doc.getMap('notes').set(ITEM, new Y.Text('bell\u0007')),
    ]) {
      const server = new Y.Doc();
      const client = new Y.Doc();
      write(client);
      const result = applyUpdateOrRevert(server, Y.encodeStateAsUpdate(client), 'c', minutesRules);
      expect(result.ok).toBe(false);
      expect(readMinutes(server).notes.size).toBe(0);
    }
  });

  it('has the server undo typing that breaks an existing note, keeping what was there', () => {
    const server = new Y.Doc();
    ensureNoteTexts(server, [ITEM], 's');
    notesOf(server).get(ITEM)?.insert(0, '記録');
    const client = new Y.Doc();
    sync(server, client);
    notesOf(client).get(ITEM)?.insert(2, '\u0000');
    const update = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(applyUpdateOrRevert(server, update, 'c', minutesRules).ok).toBe(false);
    expect(readMinutes(server).notes.get(ITEM)).toBe('記録');
  });
});
