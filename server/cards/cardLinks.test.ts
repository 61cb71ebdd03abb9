import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCardEvents, terms } from '../db/schema';
import { meetingBodyWith } from '../meetings/sampleMeeting';
import {
  addMember,
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { createMeeting } from '../testing/testMeeting';
import { linkCardToMeeting } from './cardLinks';

describe.each(TEST_DATABASE_KINDS)('linking cards to meetings (%s)', (kind) => {
  let t: TestApp;
  let userId: string;
  let councilId: string;
  let cookie: string;
  let termId: string;
  let cardId: string;
  const meetingId = '22222222-2222-4222-8222-222222222222';
  beforeAll(async () => {
    t = await createTestApp(kind);
    const council = await setUpCouncil(t.app);
    ({ userId, councilId, cookie } = council);
    const listed = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${council.councilId}/terms`,
      cookie: council.cookie,
    });
    termId = listed.json()[0].id;
    const card = await call(t.app, {
      method: 'POST',
      url: `/api/terms/${termId}/cards`,
      cookie: council.cookie,
      body: { subcommitteeId: null, title: '緊急時の受け入れ' },
    });
    cardId = card.json().id;
  });
  afterAll(() => t.close());

  it('links once, records it in the story, and refuses once the term is closed', async () => {
    const { db } = t.database;
    expect(await linkCardToMeeting(db, { cardId, meetingId, actorId: userId })).toBe(true);
    expect(await linkCardToMeeting(db, { cardId, meetingId, actorId: userId })).toBe(false);
    const story = await db
      .select()
      .from(issueCardEvents)
      .where(eq(issueCardEvents.cardId, cardId))
      .orderBy(issueCardEvents.id);
    expect(story.map((e) => e.kind)).toEqual(['created', 'link']);
    await db.update(terms).set({ closedAt: new Date() }).where(eq(terms.id, termId));
    await expect(
      linkCardToMeeting(db, { cardId, meetingId: crypto.randomUUID(), actorId: userId }),
    ).rejects.toMatchObject({ statusCode: 409 });
  });

  it('lists the meetings that discussed the card (agenda or story), oldest first, to its readers', async () => {
    const { db } = t.database;
    const agendaNaming = (title: string) =>
      meetingBodyWith({
        title,
        agenda: [
          {
            id: crypto.randomUUID(),
            title: '地域課題の協議',
            minutes: 30,
            presenter: '',
            links: [{ kind: 'card', id: cardId, label: '緊急時の受け入れ' }],
          },
        ],
      });
    const member = await addMember(t.app, cookie, councilId, 'member', 'links-m@example.jp');
    const onAgenda = await createMeeting(t.app, member.cookie, councilId, {
      ...agendaNaming('第2回 部会'),
      startsAt: '2026-11-20T05:00:00.000Z',
    });
    const inStory = await createMeeting(t.app, member.cookie, councilId, {
      title: '第1回 部会',
      startsAt: '2026-10-01T05:00:00.000Z',
    });
    await createMeeting(t.app, member.cookie, councilId, { title: '関係のない会議' });
    // A meeting of another council naming the card's id is not one that discussed it.
    const outsider = await signInToOtherCouncil(t);
    const otherCouncil = (
      await call(t.app, { method: 'GET', url: '/api/me', cookie: outsider })
    ).json().councils[0].id as string;
    await createMeeting(t.app, outsider, otherCouncil, agendaNaming('別の市の会議'));
    // The term closed in the test above; links made before it closed stay.
    await db.update(terms).set({ closedAt: null }).where(eq(terms.id, termId));
    await linkCardToMeeting(db, { cardId, meetingId: inStory, actorId: userId });

    const listed = await call(t.app, {
      method: 'GET',
      url: `/api/cards/${cardId}/meetings`,
      cookie: member.cookie,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((m: { id: string; title: string }) => [m.id, m.title])).toEqual([
      [inStory, '第1回 部会'],
      [onAgenda, '第2回 部会'],
    ]);
    expect(listed.json()[0]).toMatchObject({ kind: 'joint', status: 'scheduled' });
    const refused = await call(t.app, {
      method: 'GET',
      url: `/api/cards/${cardId}/meetings`,
      cookie: outsider,
    });
    expect(refused.statusCode).toBe(404);
  });
});
