import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDocument, type RealtimeDocument } from '../../client/src/realtime/provider';
import type { AgencyInput } from '../../shared/board/agency';
import { addAgencies, readBoard } from '../../shared/board/document';
import { CLOSE } from '../../shared/realtimeProtocol';
import { setNote } from '../testing/boardEdits';
import {
  type BoardCouncil,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
  webSocketWith,
} from '../testing/realtimeHarness';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { applyStored, loadDocument } from './docStore';

// Edits bigger than the server's 1 MiB message limit (a CSV import of 2,000 agencies is ~1.2 MB)
// reach the server in pieces, from a live transaction or from sync step 2 after a reconnect, and
// are reported saved only once stored; what cannot be sent is said, never looped on.

/** Agencies the size of real provider data (~600 bytes each). */
function providerAgencies(count: number): AgencyInput[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `import-${i}`,
    name: `就労継続支援B型事業所 つなぐ作業所 第${i}事業所`,
    kana: `しゅうろうけいぞくしえんびーがた つなぐさぎょうしょ だい${'いろはにほへとちりぬ'[i % 10]}`,
    layer: 'registered',
    fields: ['disability', 'medical'],
    supportNeeds: ['intellectualMild', 'mental'],
    address: `架空県架空市東原${i}丁目${i % 40}番${i % 12}号 つなぐビル${i % 9}階`,
    phone: `011-${String(100 + (i % 900)).padStart(3, '0')}-${String(i).padStart(4, '0')}`,
    hours: '月〜金 9:00〜17:00（祝日を除く）',
    corporation: '社会福祉法人 架空市社会福祉事業団',
    providerNumber: String(1000000000 + i),
    notes: '送迎あり。見学は事前に電話で予約してください。'.repeat(3),
  }));
}

const agencyCount = (doc: Y.Doc) => readBoard(doc).agencies.length;

describe.each(TEST_DATABASE_KINDS)('edits bigger than the message limit (%s)', (kind) => {
  let t: RealtimeTestServer | undefined;
  const clients: RealtimeDocument[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await t?.close();
    t = undefined;
  });

  const open = (server: RealtimeTestServer, council: BoardCouncil) => {
    const client = openDocument(council.boardDoc, {
      serverUrl: server.wsUrl,
      WebSocket: webSocketWith({ cookie: council.member.cookie }) as unknown as typeof WebSocket,
      persist: false,
    });
    clients.push(client);
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    return { client, closes };
  };

  const storedCount = async (server: RealtimeTestServer, council: BoardCouncil) => {
    const stored = new Y.Doc();
    applyStored(stored, (await loadDocument(server.database.db, council.boardDoc)).parts);
    return agencyCount(stored);
  };

  it('an import of 2,000 agencies in one transaction is saved, and a fresh client sees it', async () => {
    const started = await startWithBoardCouncil(kind);
    t = started.t;
    const { client, closes } = open(t, started.council);
    await waitFor(() => client.getState().synced, 10_000, 'synced');
    const added = addAgencies(client.doc, providerAgencies(2000));
    expect(added.ok).toBe(true);
    expect(Y.encodeStateAsUpdate(client.doc).length).toBeGreaterThan(1024 * 1024);
    expect(client.getState().saved).toBe(false);
    await waitFor(() => client.getState().saved, 30_000, 'saved');
    expect(closes).toEqual([]);
    expect(await storedCount(t, started.council)).toBe(2000);
    const fresh = open(t, started.council).client;
    await waitFor(() => fresh.getState().synced, 10_000, 'fresh synced');
    expect(agencyCount(fresh.doc)).toBe(2000);
  }, 150_000);

  it('a 2,000-agency import made offline goes in pieces as sync step 2 when it connects', async () => {
    const started = await startWithBoardCouncil(kind);
    t = started.t;
    // The import lands in the document before the socket opens, as after an offline import.
    const client = openDocument(started.council.boardDoc, {
      serverUrl: t.wsUrl,
      WebSocket: webSocketWith({
        cookie: started.council.member.cookie,
      }) as unknown as typeof WebSocket,
      persist: false,
    });
    clients.push(client);
    expect(addAgencies(client.doc, providerAgencies(2000)).ok).toBe(true);
    const closes: number[] = [];
    client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await waitFor(() => client.getState().synced && client.getState().saved, 30_000, 'saved');
    expect(closes).toEqual([]);
    expect(await storedCount(t, started.council)).toBe(2000);
  }, 150_000);

  it('a server with a lower limit refuses the first pieces; the client shrinks them and gets saved', async () => {
    const started = await startWithBoardCouncil(kind, { maxMessageBytes: 100 * 1024 });
    t = started.t;
    const { client, closes } = open(t, started.council);
    await waitFor(() => client.getState().synced, 10_000, 'synced');
    const failures = new Set<string | null>();
    client.subscribe(() => failures.add(client.getState().failure));
    addAgencies(client.doc, providerAgencies(600));
    await waitFor(() => client.getState().saved, 60_000, 'saved');
    // Refused at 256 KiB and 128 KiB, never reported saved meanwhile, then stored at 64 KiB.
    expect(closes.filter((code) => code === CLOSE.tooBig.code).length).toBeGreaterThan(0);
    expect(closes.length).toBeLessThanOrEqual(3);
    expect(failures.has('refused')).toBe(true);
    expect(client.getState().failure).toBeNull();
    expect(await storedCount(t, started.council)).toBe(600);
  }, 150_000);

  it('a change too large for any message is said, kept locally and not looped on', async () => {
    const started = await startWithBoardCouncil(kind);
    t = started.t;
    const { client, closes } = open(t, started.council);
    await waitFor(() => client.getState().synced, 10_000, 'synced');
    client.doc.getMap('notes').set('huge', 'x'.repeat(2 * 1024 * 1024));
    await waitFor(() => client.getState().failure === 'tooLarge', 5000, 'failure');
    // A later edit depends on the held-back one: it is not reported saved either.
    setNote(client.doc, 'small', '小さな変更');
    const socket = client.provider.ws as unknown as { sentUpdates: number };
    await waitFor(() => socket.sentUpdates >= 2, 10_000, 'small sent');
    expect(client.getState()).toMatchObject({
      saved: false,
      failure: 'tooLarge',
      network: 'online',
    });
    expect(closes).toEqual([]);
    expect(client.doc.getMap('notes').get('huge')).toHaveLength(2 * 1024 * 1024);
  }, 60_000);
});
