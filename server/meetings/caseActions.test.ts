import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCase } from '../../shared/case/document';
import { addActionItem, minutesDocName } from '../../shared/meeting/minutes';
import type { CloseMeetingView, MinutesView } from '../../shared/meeting/minutesApi';
import { guestCookie } from '../testing/meetingSockets';
import {
  type BoardCouncil,
  connectClient,
  type RealtimeTestServer,
  startWithBoardCouncil,
  type TestClient,
  waitFor,
} from '../testing/realtimeHarness';
import { addMember, call } from '../testing/testApp';
import { createCase } from '../testing/testCase';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';

// Action items of a 事例検討会's minutes that name a case space go into that case's plan when the
// meeting closes — written only by someone who may edit the case, once, audited, and without the
// minutes (which guests read) ever carrying the case's name.

describe.each(TEST_DATABASE_KINDS)('action items into case spaces (%s)', (kind) => {
  let t: RealtimeTestServer;
  let council: BoardCouncil;
  let other: { cookie: string; userId: string };
  let ownCase: string;
  let othersCase: string;
  const clients: TestClient[] = [];
  const post = (url: string, cookie: string, body?: unknown) =>
    call(t.server.app, { method: 'POST', url, cookie, body });
  const get = (url: string, cookie: string) => call(t.server.app, { method: 'GET', url, cookie });
  const connect = (name: string, cookie: string) => {
    const client = connectClient(t.wsUrl, name, cookie);
    clients.push(client);
    return client;
  };
  const ownedCase = (cookie: string, pseudonym: string) =>
    createCase(t.server.app, cookie, council.councilId, { pseudonym });

  beforeAll(async () => {
    ({ t, council } = await startWithBoardCouncil(kind));
    other = await addMember(
      t.server.app,
      council.secretariat.cookie,
      council.councilId,
      'member',
      'other@example.jp',
    );
    ownCase = await ownedCase(council.member.cookie, 'Kさん');
    othersCase = await ownedCase(other.cookie, 'Mさん');
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await t?.close();
  });

  it('the closer’s own case gets the item once, with a link back; another’s case and the secretariat are refused; guests never see a case name', async () => {
    const meetingId = await createMeeting(
      t.server.app,
      council.secretariat.cookie,
      council.councilId,
      {
        kind: 'caseConference',
        title: '事例検討会',
        facilitatorIds: [council.member.userId],
      },
    );
    const minutes = connect(minutesDocName(meetingId), council.member.cookie);
    await minutes.synced();
    const item = (text: string, caseId: string) => {
      const added = addActionItem(
        minutes.doc,
        { text, ownerName: '相談員 佐藤', due: '2027-01-15', caseId, createdAt: Date.now() },
        null,
      );
      if (!added.ok) throw new Error(JSON.stringify(added.issues));
      return added.value.id;
    };
    const mine = item('短期入所の空きを確認する', ownCase);
    const theirs = item('家族会に連絡する', othersCase);
    await minutes.synced();

    const guest = await guestCookie(t, council.secretariat.cookie, meetingId, '地域の方 森');
    const asGuest = await get(`/api/meetings/${meetingId}/minutes`, guest);
    expect(asGuest.statusCode).toBe(200);
    expect(asGuest.body).not.toContain('Kさん');
    expect(asGuest.body).not.toContain('Mさん');
    const seen = (asGuest.json() as MinutesView).actions.find((a) => a.id === mine);
    expect(seen?.case).toEqual({ id: ownCase, placed: false });

    // The secretariat may close the meeting but not write into anyone's case.
    const bySecretariat = await post(
      `/api/meetings/${meetingId}/close`,
      council.secretariat.cookie,
    );
    expect(bySecretariat.statusCode).toBe(200);
    expect(bySecretariat.json()).toMatchObject({ placed: 0, refused: 2 });

    // The facilitator, a member of one of the two cases, finishes the close.
    const byMember = await post(`/api/meetings/${meetingId}/close`, council.member.cookie);
    expect(byMember.json() as CloseMeetingView).toMatchObject({ placed: 1, refused: 1 });
    const again = await post(`/api/meetings/${meetingId}/close`, council.member.cookie);
    expect(again.json()).toMatchObject({ placed: 0, refused: 1 });

    const caseDoc = connect(`case:${ownCase}`, council.member.cookie);
    await caseDoc.synced();
    await waitFor(() => readCase(caseDoc.doc).actions.length > 0, 5000, 'the action in the case');
    expect(readCase(caseDoc.doc).actions).toEqual([
      {
        id: mine,
        title: '短期入所の空きを確認する',
        owner: '相談員 佐藤',
        due: '2027-01-15',
        status: 'open',
        meetingId,
      },
    ]);
    const othersDoc = connect(`case:${othersCase}`, other.cookie);
    await othersDoc.synced();
    expect(readCase(othersDoc.doc).actions).toEqual([]);

    const view = (await get(`/api/meetings/${meetingId}/minutes`, council.member.cookie)).json();
    const placement = (view as MinutesView).actions.map((a) => [a.id, a.case?.placed]);
    expect(placement).toEqual(
      expect.arrayContaining([
        [mine, true],
        [theirs, false],
      ]),
    );

    const audit = await get(`/api/cases/${ownCase}/audit`, council.member.cookie);
    const entries = audit.json() as { action: string; detail: Record<string, unknown> }[];
    expect(entries.filter((e) => e.action === 'case.actionFromMeeting')).toHaveLength(1);
  });
});
