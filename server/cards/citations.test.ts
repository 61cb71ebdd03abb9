import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAgency } from '../../shared/board/document';
import { cafe, soudan } from '../../shared/board/testBoard';
import { citeAgency } from '../../shared/cards/citations';
import { addCardEntry, termDocName } from '../../shared/cards/termDocument';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  waitFor,
} from '../testing/realtimeHarness';
import { call, signInToOtherCouncil } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

// Both ends of an agency citation, read from the live documents: what a card may cite (the
// council's boards), and the cards citing an agency (its board's council only, readable terms).
describe.each(TEST_DATABASE_KINDS)('agency citations (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let boardId: string;
  let cardId: string;
  let outsider: string;
  let foreignBoardId: string;
  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    boardId = council.boardDoc.slice('board:'.length);
    const get = (url: string, cookie: string) => call(t.server.app, { method: 'GET', url, cookie });
    const termId = (
      await get(`/api/councils/${council.councilId}/terms`, council.member.cookie)
    ).json()[0].id as string;
    cardId = (
      await call(t.server.app, {
        method: 'POST',
        url: `/api/terms/${termId}/cards`,
        cookie: council.member.cookie,
        body: { subcommitteeId: null, code: 'B', title: '零れ落ちない相談支援' },
      })
    ).json().id;
    outsider = await signInToOtherCouncil(t);
    const otherCouncil = (await get('/api/me', outsider)).json().councils[0].id as string;
    foreignBoardId = (
      await call(t.server.app, {
        method: 'POST',
        url: `/api/councils/${otherCouncil}/boards`,
        cookie: outsider,
        body: { name: '別の市の地図' },
      })
    ).json().id;

    const board = connectClient(t.wsUrl, council.boardDoc, council.member.cookie);
    const cards = connectClient(t.wsUrl, termDocName(termId), council.member.cookie);
    try {
      await Promise.all([board.synced(), cards.synced()]);
      for (const agency of [soudan, cafe]) expect(addAgency(board.doc, agency).ok).toBe(true);
      const entry = addCardEntry(
        cards.doc,
        { cardId, column: 'existing', text: '基幹相談支援センター' },
        'test',
      );
      if (!entry.ok) throw new Error('entry');
      expect(citeAgency(cards.doc, entry.value.id, { boardId, agencyId: 'kikan' }, 'test').ok).toBe(
        true,
      );
      // The document cannot tell councils apart: a citation of another council's board is kept…
      expect(
        citeAgency(cards.doc, entry.value.id, { boardId: foreignBoardId, agencyId: 'x' }, 'test')
          .ok,
      ).toBe(true);
      await waitFor(() => board.allSaved() && cards.allSaved(), 5000, 'saved');
    } finally {
      board.destroy();
      cards.destroy();
    }
  });
  afterAll(() => t?.close());

  const get = (url: string, cookie: string) => call(t.server.app, { method: 'GET', url, cookie });

  it("offers the agencies of the council's boards, as the boards have them now", async () => {
    const offered = await get(
      `/api/councils/${council.councilId}/citable-agencies`,
      council.member.cookie,
    );
    expect(offered.statusCode).toBe(200);
    expect(offered.json()).toEqual([
      expect.objectContaining({
        boardId,
        boardName: '地域資源マップ',
        agencyId: 'kikan',
        name: soudan.name,
      }),
      expect.objectContaining({ agencyId: 'cafe', name: cafe.name }),
    ]);
    const refused = await get(`/api/councils/${council.councilId}/citable-agencies`, outsider);
    expect([403, 404]).toContain(refused.statusCode);
  });

  it('an agency lists the cards citing it to every reader of the council, guests too', async () => {
    const citing = await get(`/api/boards/${boardId}/agencies/kikan/cards`, council.guest.cookie);
    expect(citing.statusCode).toBe(200);
    expect(citing.json()).toEqual([
      expect.objectContaining({
        id: cardId,
        code: 'B',
        title: '零れ落ちない相談支援',
        termName: '第1期',
      }),
    ]);
    expect(
      (await get(`/api/boards/${boardId}/agencies/cafe/cards`, council.guest.cookie)).json(),
    ).toEqual([]);
  });

  it('stays within one council: no one reads across, and a foreign citation leads nowhere', async () => {
    expect((await get(`/api/boards/${boardId}/agencies/kikan/cards`, outsider)).statusCode).toBe(
      404,
    );
    expect(
      (await get(`/api/boards/${foreignBoardId}/agencies/x/cards`, council.member.cookie))
        .statusCode,
    ).toBe(404);
    // …but the other council's agency does not show this council's card citing it.
    const foreign = await get(`/api/boards/${foreignBoardId}/agencies/x/cards`, outsider);
    expect(foreign.statusCode).toBe(200);
    expect(foreign.json()).toEqual([]);
    expect((await get(`/api/boards/${boardId}/agencies/kikan/cards`, '')).statusCode).toBe(401);
  });
});
