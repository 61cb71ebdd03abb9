import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getConnectionStatus } from '../../client/src/realtime/connectionStatus';
import { openDocument } from '../../client/src/realtime/provider';
import { refusedTexts } from '../../client/src/realtime/refusedTexts';
import { addCardEntry, readTermEntries, termDocName } from '../../shared/cards/termDocument';
import { applyStored, loadDocument } from '../realtime/docStore';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
  webSocketWith,
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

  /** The current term, with a 部会 and a card in it. */
  const currentTermCard = async (title: string) => {
    const terms: { id: string; current: boolean }[] = await api(
      'GET',
      `/api/councils/${council.councilId}/terms`,
    );
    const termId = terms.find((term) => term.current)?.id ?? '';
    const sub = await api('POST', `/api/terms/${termId}/subcommittees`, { name: '相談支援部会' });
    const card = await api('POST', `/api/terms/${termId}/cards`, {
      subcommitteeId: sub.id,
      code: 'A',
      title,
    });
    return { termId, cardId: card.id as string };
  };
  const closeTerm = (termId: string, name: string) =>
    api('POST', `/api/terms/${termId}/close`, {
      next: { name, startsOn: '2028-04-01', endsOn: '2030-03-31' },
    });

  it('stores and carries every acknowledged edit, refuses the rest after saying so', async () => {
    const { termId, cardId } = await currentTermCard('居場所');
    const card = { id: cardId };
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
      const next = await closeTerm(termId, '第2期');
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

  it('the browser client reports an edit the closed term refused as not saved, with its words', async () => {
    const { termId, cardId } = await currentTermCard('夜の居場所');
    // The socket holds back what it is given while `holding`, as a slow network would.
    const held: Uint8Array[] = [];
    let holding = false;
    let socket: { release: () => void } | undefined;
    const Base = webSocketWith({ cookie: council.member.cookie });
    class SlowSocket extends Base {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        socket = {
          release: () => {
            for (const message of held.splice(0)) super.send(message);
          },
        };
      }
      override send(data: Uint8Array) {
        if (holding) held.push(data);
        else super.send(data);
      }
    }
    const client = openDocument(termDocName(termId), {
      serverUrl: t.wsUrl,
      WebSocket: SlowSocket as unknown as typeof WebSocket,
      persist: false,
    });
    try {
      await waitFor(() => client.getState().synced, 5000, 'synced');
      addCardEntry(client.doc, { cardId, column: 'existing', text: '子ども食堂' }, null);
      await waitFor(() => client.getState().saved, 5000, 'first entry saved');
      holding = true;
      addCardEntry(client.doc, { cardId, column: 'ideas', text: '夜間の居場所' }, null);
      expect(client.getState()).toMatchObject({ saved: false, failure: null });

      const next = await closeTerm(termId, '第3期');
      await waitFor(() => client.getState().readOnly, 5000, 'read-only');
      socket?.release();
      expect(client.getState()).toMatchObject({ saved: false, failure: 'readOnly' });
      expect(refusedTexts(client.doc, client.getState().refusedEdits, ['text'])).toEqual([
        '夜間の居場所',
      ]);
      expect(getConnectionStatus()).toMatchObject({ saved: false, failure: 'readOnly' });
      // The refused entry stays on this device only; the saved one is in both terms.
      for (const stored of [await storedEntries(termId), await storedEntries(next.id)]) {
        expect(stored).toContain('子ども食堂');
        expect(stored).not.toContain('夜間の居場所');
      }
    } finally {
      client.destroy();
    }
  });
});
