import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCardEvents, terms } from '../db/schema';
import { call, createTestApp, setUpCouncil, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';
import { linkCardToMeeting, meetingsOfCard } from './cardLinks';

describe.each(TEST_DATABASE_KINDS)('linking cards to meetings (%s)', (kind) => {
  let t: TestApp;
  let userId: string;
  let termId: string;
  let cardId: string;
  const meetingId = '22222222-2222-4222-8222-222222222222';
  beforeAll(async () => {
    t = await createTestApp(kind);
    const council = await setUpCouncil(t.app);
    userId = council.userId;
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
    expect(await meetingsOfCard(db, cardId)).toEqual([meetingId]);
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
});
