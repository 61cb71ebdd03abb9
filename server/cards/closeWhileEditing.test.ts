import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCardEntry, readTermEntries, termDocName } from '../../shared/cards/termDocument';
import { applyStored, loadDocument } from '../realtime/docStore';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { call } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// Closing a term while people type in its table: each of their edits is either stored in the
// closed term (and carried into the next) or refused, and the editor learns which — the server
// acknowledges every edit it took before it says the table is read-only. None is lost unseen.

type Editor = { client: TestClient; sent: { text: string; message: number }[] };

describe.each(TEST_DATABASE_KINDS)('closing a term while others edit (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
  });
  afterAll(() => t?.close());

  const api = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
    const response = await call(t.server.app, {
      method,
      url,
      cookie: council.secretariat.cookie,
      body,
    });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const storedEntries = async (termId: string) => {
    const doc = new Y.Doc();
    applyStored(doc, (await loadDocument(t.database.db, termDocName(termId))).parts);
    return [...readTermEntries(doc).values()].flatMap((columns) =>
      Object.values(columns).flatMap((list) => list.map((entry) => entry.text)),
    );
  };

  it('stores and carries every acknowledged edit, refuses the rest after saying so', async () => {
    const termId = (await api('GET', `/api/councils/${council.councilId}/terms`))[0].id;
    const sub = await api('POST', `/api/terms/${termId}/subcommittees`, { name: '相談支援部会' });
    const card = await api('POST', `/api/terms/${termId}/cards`, {
      subcommitteeId: sub.id,
      code: 'A',
      title: '居場所',
    });
    const docName = termDocName(termId);
    const editors: Editor[] = [council.member, council.secretariat].map(({ cookie }) => ({
      client: connectClient(t.wsUrl, docName, cookie),
      sent: [],
    }));
    const edit = (editor: Editor, who: number) => {
      const text = `編集${who}-${editor.sent.length}`;
      addCardEntry(editor.client.doc, { cardId: card.id, column: 'ideas', text }, null);
      const ws = editor.client.provider.ws as unknown as { sentUpdates: number };
      editor.sent.push({ text, message: ws.sentUpdates });
    };
    // Each editor types until it has heard the table is read-only, and a little after.
    const typing = (editor: Editor, who: number) =>
      (async () => {
        let after = 0;
        while (after < 3 && editor.sent.length < 3000) {
          edit(editor, who);
          if (editor.client.readOnlyNotices() > 0) after++;
          // A person's pace, a few edits per millisecond at most: pacing, not waiting for anything.
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      })();
    try {
      for (const editor of editors) await editor.client.synced();
      editors.forEach(edit);
      await waitFor(() => editors.every((e) => e.client.allSaved()), 5000, 'first edits saved');

      const typed = editors.map(typing);
      const next = await api('POST', `/api/terms/${termId}/close`, {
        next: { name: '第2期', startsOn: '2028-04-01', endsOn: '2030-03-31' },
      });
      await Promise.all(typed);

      const closedTerm = await storedEntries(termId);
      const nextTerm = await storedEntries(next.id);
      let kept = 0;
      for (const { client, sent } of editors) {
        // Everything the server took was acknowledged before it said the table is read-only.
        const saved = client.savedAtReadOnly() ?? -1;
        expect(client.saved()).toBe(saved);
        const stored = sent.filter((s) => s.message <= saved).map((s) => s.text);
        const refused = sent.filter((s) => s.message > saved).map((s) => s.text);
        expect(stored.length).toBeGreaterThan(0);
        expect(refused.length).toBeGreaterThanOrEqual(3);
        expect(closedTerm).toEqual(expect.arrayContaining(stored));
        expect(nextTerm).toEqual(expect.arrayContaining(stored));
        for (const text of refused) {
          expect(closedTerm).not.toContain(text);
          expect(nextTerm).not.toContain(text);
        }
        kept += stored.length;
      }
      expect(closedTerm).toHaveLength(kept);
    } finally {
      for (const editor of editors) editor.client.destroy();
    }
  });
});
