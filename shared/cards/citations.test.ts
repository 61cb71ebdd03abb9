import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyUpdateOrRevert } from '../documentGuard';
import { MAX_ENTRY_CITATIONS } from './cardEntry';
import { cardsCiting, citeAgency, citedBoards, uncite } from './citations';
import { termCardsRules } from './documentCheck';
import { addCardEntry, entriesOf, moveCardEntry, readTermEntries } from './termDocument';

const cardId = '11111111-1111-4111-8111-111111111111';
const otherCard = '22222222-2222-4222-8222-222222222222';
const boardId = '33333333-3333-4333-8333-333333333333';
const hub = { boardId, agencyId: 'agency-hub' };
const school = { boardId, agencyId: 'agency-school' };

function entryIn(doc: Y.Doc, card: string, column: 'existing' | 'ideas', text: string): string {
  const added = addCardEntry(doc, { cardId: card, column, text }, null);
  if (!added.ok) throw new Error('add failed');
  return added.value.id;
}

describe('agency citations of 今あるもの entries', () => {
  it('cites an agency once, lists the cards citing it, and takes it back', () => {
    const doc = new Y.Doc();
    const entry = entryIn(doc, cardId, 'existing', '基幹相談支援センター');
    const elsewhere = entryIn(doc, otherCard, 'existing', '相談の窓口');
    expect(citeAgency(doc, entry, hub, null).ok).toBe(true);
    expect(citeAgency(doc, entry, hub, null).ok).toBe(true);
    expect(citeAgency(doc, entry, school, null).ok).toBe(true);
    expect(citeAgency(doc, elsewhere, hub, null).ok).toBe(true);
    expect(readTermEntries(doc).get(cardId)?.existing[0]?.citations).toEqual([hub, school]);
    expect(cardsCiting(doc, hub)).toEqual([cardId, otherCard]);
    expect(cardsCiting(doc, school)).toEqual([cardId]);
    expect([...citedBoards(readTermEntries(doc).get(cardId)?.existing ?? [])]).toEqual([boardId]);

    expect(uncite(doc, entry, school, null).ok).toBe(true);
    expect(uncite(doc, entry, hub, null).ok).toBe(true);
    expect(cardsCiting(doc, hub)).toEqual([otherCard]);
    // The last one gone, the entry has no citations left at all.
    expect(entriesOf(doc).get(entry)?.has('citations')).toBe(false);
  });

  it('cites only from 今あるもの, and a move out of it lets the citations go', () => {
    const doc = new Y.Doc();
    const idea = entryIn(doc, cardId, 'ideas', '夜間の相談窓口');
    const refused = citeAgency(doc, idea, hub, null);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0]?.code).toBe('citationsOnlyExisting');
    expect(citeAgency(doc, 'missing', hub, null).ok).toBe(false);

    const entry = entryIn(doc, cardId, 'existing', '基幹相談支援センター');
    citeAgency(doc, entry, hub, null);
    expect(moveCardEntry(doc, entry, 'ideas', null, null).ok).toBe(true);
    expect(
      readTermEntries(doc)
        .get(cardId)
        ?.ideas.map((e) => e.citations),
    ).toEqual([undefined, undefined]);
    expect(cardsCiting(doc, hub)).toEqual([]);
  });

  it('holds at most a few citations per entry and refuses bad ids', () => {
    const doc = new Y.Doc();
    const entry = entryIn(doc, cardId, 'existing', '居場所');
    for (let i = 0; i < MAX_ENTRY_CITATIONS; i++) {
      expect(citeAgency(doc, entry, { boardId, agencyId: `a${i}` }, null).ok).toBe(true);
    }
    expect(citeAgency(doc, entry, { boardId, agencyId: 'one-too-many' }, null).ok).toBe(false);
    expect(citeAgency(doc, entry, { boardId: 'not-a-board', agencyId: 'a' }, null).ok).toBe(false);
  });

  it("the server's rules undo a citation written straight into an entry of another column", () => {
    const client = new Y.Doc();
    const idea = entryIn(client, cardId, 'ideas', '夜間の相談窓口');
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const before = Y.encodeStateVector(client);
    entriesOf(client).get(idea)?.set('citations', [hub]);
    const result = applyUpdateOrRevert(
      server,
      Y.encodeStateAsUpdate(client, before),
      'client',
      termCardsRules,
    );
    expect(result.ok).toBe(false);
    expect(entriesOf(server).get(idea)?.has('citations')).toBe(false);
  });
});
