import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgency } from '../../shared/board/document';
import { cafe, shisetsu, soudan } from '../../shared/board/testBoard';
import { termDocName } from '../../shared/cards/termDocument';
import { readHubReview, setHubField } from '../../shared/reports/hubReview';
import {
  connectClient,
  type RealtimeTestServer,
  setUpBoardCouncil,
  startRealtimeTestServer,
  waitFor,
} from '../testing/realtimeHarness';
import { call, signInToOtherCouncil } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// The hub review: providers read from the boards as they are now, the editable review in the
// term's document, co-edited live and read-only once the term is closed.
describe.each(TEST_DATABASE_KINDS)('hub review (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: Awaited<ReturnType<typeof setUpBoardCouncil>>;
  let termId: string;
  beforeAll(async () => {
    t = await startRealtimeTestServer(kind);
    council = await setUpBoardCouncil(t.server);
    const terms = await call(t.server.app, {
      method: 'GET',
      url: `/api/councils/${council.councilId}/terms`,
      cookie: council.member.cookie,
    });
    termId = terms.json()[0].id as string;
  });
  afterAll(() => t?.close());

  const coverage = (cookie: string) =>
    call(t.server.app, { method: 'GET', url: `/api/terms/${termId}/hub-coverage`, cookie });

  it('lists the agencies providing each function as the board has them now', async () => {
    const board = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    try {
      await board.synced();
      for (const agency of [soudan, shisetsu, cafe]) {
        expect(addAgency(board.doc, agency).ok).toBe(true);
      }
      await waitFor(() => board.allSaved(), 5000, 'board saved');
      const read = await coverage(council.guest.cookie);
      expect(read.statusCode).toBe(200);
      const fn = (name: string) =>
        read.json().functions.find((f: { hubFunction: string }) => f.hubFunction === name);
      expect(fn('consultation').providers.map((p: { name: string }) => p.name)).toEqual([
        soudan.name,
      ]);
      expect(fn('emergency').providers).toMatchObject([
        { name: shisetsu.name, layer: 'core', boardName: '地域資源マップ' },
      ]);
      // みどりの郷 answers emergencies for intellectual (severe) and physical needs only.
      expect(fn('emergency').gaps).toContainEqual({ need: 'mental', level: 'empty' });
      expect(fn('emergency').gaps).not.toContainEqual({ need: 'physical', level: 'empty' });
      expect(fn('workforce').providers).toEqual([]);
    } finally {
      board.destroy();
    }
  });

  it('is refused to another council and to no one signed in', async () => {
    expect((await coverage(await signInToOtherCouncil(t))).statusCode).toBe(404);
    expect((await coverage('')).statusCode).toBe(401);
  });

  it('two members co-edit the review live; a guest reads it but cannot change it', async () => {
    const docName = termDocName(termId);
    const a = connectClient(t.wsUrl, docName, council.member.cookie);
    const b = connectClient(t.wsUrl, docName, council.secretariat.cookie);
    const guest = connectClient(t.wsUrl, docName, council.guest.cookie);
    try {
      await Promise.all([a.synced(), b.synced(), guest.synced()]);
      const at = { fiscalYear: 2026, hubFunction: 'emergency' as const };
      expect(setHubField(a.doc, { ...at, field: 'goalShort' }, '夜間の連絡網', 'a').ok).toBe(true);
      expect(setHubField(b.doc, { ...at, field: 'rating' }, 'partly', 'b').ok).toBe(true);
      const seen = (doc: typeof a.doc) => readHubReview(doc, [2026]).years.get(2026)?.emergency;
      await waitFor(() => seen(a.doc)?.rating === 'partly', 5000, 'rating at a');
      await waitFor(() => seen(b.doc)?.goalShort === '夜間の連絡網', 5000, 'goal at b');
      await waitFor(() => seen(guest.doc)?.rating === 'partly', 5000, 'rating at the guest');
      await waitFor(() => a.allSaved() && b.allSaved(), 5000, 'saved');
      await waitFor(() => guest.readOnlyNotices() > 0, 5000, 'read-only notice');
      setHubField(guest.doc, { ...at, field: 'comment' }, 'ゲストの意見', 'g');
      const probe = connectClient(t.wsUrl, docName, council.member.cookie);
      await probe.synced();
      expect(seen(probe.doc)?.comment).toBe('');
      probe.destroy();
    } finally {
      a.destroy();
      b.destroy();
      guest.destroy();
    }
  });

  it('once the term is closed the review is read-only and still readable', async () => {
    const closed = await call(t.server.app, {
      method: 'POST',
      url: `/api/terms/${termId}/close`,
      cookie: council.secretariat.cookie,
      body: { next: { name: '第2期', startsOn: '2027-04-01', endsOn: '2029-03-31' } },
    });
    expect(closed.statusCode).toBe(201);
    const docName = termDocName(termId);
    const member = connectClient(t.wsUrl, docName, council.member.cookie);
    try {
      await member.synced();
      await waitFor(() => member.readOnlyNotices() > 0, 5000, 'read-only notice');
      const at = { fiscalYear: 2026, hubFunction: 'emergency' as const, field: 'comment' as const };
      setHubField(member.doc, at, '閉じた期への書き込み', 'm');
      const probe = connectClient(t.wsUrl, docName, council.secretariat.cookie);
      await probe.synced();
      const review = readHubReview(probe.doc, [2026]).years.get(2026)?.emergency;
      expect(review).toMatchObject({ goalShort: '夜間の連絡網', rating: 'partly', comment: '' });
      probe.destroy();
      expect((await coverage(council.member.cookie)).statusCode).toBe(200);
    } finally {
      member.destroy();
    }
  });
});
