import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCardEntry,
  entriesOf,
  readTermEntries,
  termDocName,
} from '../../shared/cards/termDocument';
import {
  connectClient,
  type RealtimeTestServer,
  setUpBoardCouncil,
  startRealtimeTestServer,
  waitFor,
} from '../testing/realtimeHarness';
import { call } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The term's cards document over the real realtime server: co-edited, checked, read-only when
// the person may not edit.
describe.each(TEST_DATABASE_KINDS)('cards document (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: Awaited<ReturnType<typeof setUpBoardCouncil>>;
  let docName: string;
  let cardId: string;
  beforeAll(async () => {
    t = await startRealtimeTestServer(kind);
    council = await setUpBoardCouncil(t.server);
    const terms = await call(t.server.app, {
      method: 'GET',
      url: `/api/councils/${council.councilId}/terms`,
      cookie: council.member.cookie,
    });
    const termId = terms.json()[0].id as string;
    docName = termDocName(termId);
    const card = await call(t.server.app, {
      method: 'POST',
      url: `/api/terms/${termId}/cards`,
      cookie: council.member.cookie,
      body: { subcommitteeId: null, code: 'B', title: '零れ落ちない相談支援' },
    });
    cardId = card.json().id;
  });
  afterAll(() => t?.close());

  it('two members see each other’s entries, each saved', async () => {
    const a = connectClient(t.wsUrl, docName, council.member.cookie);
    const b = connectClient(t.wsUrl, docName, council.secretariat.cookie);
    try {
      await Promise.all([a.synced(), b.synced()]);
      expect(
        addCardEntry(a.doc, { cardId, column: 'existing', text: '基幹相談支援センター' }, 'a').ok,
      ).toBe(true);
      expect(
        addCardEntry(b.doc, { cardId, column: 'ideas', text: '移行期の引き継ぎ会議' }, 'b').ok,
      ).toBe(true);
      await waitFor(() => readTermEntries(a.doc).get(cardId)?.ideas.length === 1);
      await waitFor(() => readTermEntries(b.doc).get(cardId)?.existing.length === 1);
      await waitFor(() => a.allSaved() && b.allSaved());
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('an entry without text or in an unknown column is undone for everyone', async () => {
    const bad = connectClient(t.wsUrl, docName, council.member.cookie);
    const witness = connectClient(t.wsUrl, docName, council.secretariat.cookie);
    try {
      await Promise.all([bad.synced(), witness.synced()]);
      bad.doc.transact(() => {
        const entry = new Y.Map<unknown>();
        entriesOf(bad.doc).set('broken', entry);
        entry.set('cardId', cardId);
        entry.set('column', 'wishes');
        entry.set('text', '');
        entry.set('position', 1);
      });
      await waitFor(() => !entriesOf(bad.doc).has('broken'), 5000, 'the undo');
      expect(entriesOf(witness.doc).has('broken')).toBe(false);
      const fresh = connectClient(t.wsUrl, docName, council.guest.cookie);
      await fresh.synced();
      expect(entriesOf(fresh.doc).has('broken')).toBe(false);
      fresh.destroy();
    } finally {
      bad.destroy();
      witness.destroy();
    }
  });

  it('a guest reads the table but their edits are not applied', async () => {
    const guest = connectClient(t.wsUrl, docName, council.guest.cookie);
    try {
      await guest.synced();
      await waitFor(() => guest.readOnlyNotices() > 0, 5000, 'read-only notice');
      addCardEntry(guest.doc, { cardId, column: 'ideas', text: 'ゲストの案' }, 'g');
      const probe = connectClient(t.wsUrl, docName, council.member.cookie);
      await probe.synced();
      expect(
        readTermEntries(probe.doc)
          .get(cardId)
          ?.ideas.map((e) => e.text),
      ).not.toContain('ゲストの案');
      probe.destroy();
    } finally {
      guest.destroy();
    }
  });
});
