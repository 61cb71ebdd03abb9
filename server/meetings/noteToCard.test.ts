import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTermEntries, termDocName } from '../../shared/cards/termDocument';
import { addGroup, addNote, noteWallDocName, readWall } from '../../shared/meeting/noteWall';
import { issueCardEvents, terms } from '../db/schema';
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

// The facilitator makes a note (or a group's heading) of the meeting's wall into an entry of an
// issue card's column: the entry is on the card with the way back, the note says where it went,
// the card's story says so, and sending again makes no second entry.

describe.each(TEST_DATABASE_KINDS)('a note made into a card entry (%s)', (kind) => {
  let t: TestApp;
  let secretariat: { cookie: string; councilId: string };
  let member: { cookie: string };
  let termId: string;
  let cardId: string;
  let meetingId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    secretariat = await setUpCouncil(t.app);
    member = await addMember(
      t.app,
      secretariat.cookie,
      secretariat.councilId,
      'member',
      'm@example.jp',
    );
    const listed = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${secretariat.councilId}/terms`,
      cookie: secretariat.cookie,
    });
    termId = listed.json()[0].id;
    const card = await call(t.app, {
      method: 'POST',
      url: `/api/terms/${termId}/cards`,
      cookie: secretariat.cookie,
      body: { subcommitteeId: null, code: 'A', title: '移動支援' },
    });
    cardId = card.json().id;
    meetingId = await createMeeting(t.app, secretariat.cookie, secretariat.councilId);
  });
  afterAll(() => t.close());

  const wallNote = async (text: string) => {
    let id = '';
    await t.documents.change(noteWallDocName(meetingId), (doc) => {
      const added = addNote(
        doc,
        { text, tint: 'yellow', x: 1, y: 1, authorId: 'someone', createdAt: 1 },
        'test',
      );
      if (added.ok) id = added.value.id;
    });
    return id;
  };
  const send = (cookie: string, body: object) =>
    call(t.app, {
      method: 'POST',
      url: `/api/meetings/${meetingId}/notes/send-to-card`,
      cookie,
      body,
    });
  const cardEntries = () =>
    t.documents.read(termDocName(termId), (doc) => readTermEntries(doc).get(cardId));

  it('puts the note in the column with the way back, marks the note, and tells the story once', async () => {
    const noteId = await wallNote('送迎してくれる人がいたらいいな');
    const body = { from: { kind: 'note', id: noteId }, cardId, column: 'ideas' };
    const first = await send(secretariat.cookie, body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ cardId, label: 'A 移動支援', created: true });
    const again = await send(secretariat.cookie, body);
    expect(again.json()).toMatchObject({ entryId: first.json().entryId, created: false });

    const entries = await cardEntries();
    expect(entries?.ideas).toEqual([
      expect.objectContaining({
        id: first.json().entryId,
        text: '送迎してくれる人がいたらいいな',
        fromNote: { meetingId, noteId },
      }),
    ]);
    const wall = await t.documents.read(noteWallDocName(meetingId), readWall);
    expect(wall.notes.find((n) => n.id === noteId)?.sentTo).toEqual({
      cardId,
      entryId: first.json().entryId,
      label: 'A 移動支援',
    });
    const story = await t.database.db
      .select()
      .from(issueCardEvents)
      .where(eq(issueCardEvents.cardId, cardId))
      .orderBy(issueCardEvents.id);
    expect(story.map((e) => e.kind)).toEqual(['created', 'link', 'fromNote']);
    expect(JSON.parse(story.at(-1)?.detail ?? '{}')).toMatchObject({
      meetingId,
      column: 'ideas',
      text: '送迎してくれる人がいたらいいな',
    });
  });

  it('makes a group’s heading an entry too', async () => {
    let groupId = '';
    await t.documents.change(noteWallDocName(meetingId), (doc) => {
      const added = addGroup(doc, '夜間の相談先', 'test');
      if (added.ok) groupId = added.value.id;
    });
    const sent = await send(secretariat.cookie, {
      from: { kind: 'group', id: groupId },
      cardId,
      column: 'existing',
    });
    expect(sent.statusCode).toBe(200);
    expect((await cardEntries())?.existing.map((e) => e.text)).toEqual(['夜間の相談先']);
  });

  it('is the facilitator’s alone, for a card of the same council, while its term is open', async () => {
    const noteId = await wallNote('ほかの付箋');
    const body = { from: { kind: 'note', id: noteId }, cardId, column: 'ideas' };
    expect((await send(member.cookie, body)).statusCode).toBe(403);
    const outsider = await signInToOtherCouncil(t);
    expect((await send(outsider, body)).statusCode).toBe(404);
    expect(
      (await send(secretariat.cookie, { ...body, cardId: crypto.randomUUID() })).statusCode,
    ).toBe(404);
    expect(
      (await send(secretariat.cookie, { ...body, from: { kind: 'note', id: 'missing' } }))
        .statusCode,
    ).toBe(404);
    expect((await send(secretariat.cookie, { ...body, column: 'wishes' })).statusCode).toBe(400);
    await t.database.db.update(terms).set({ closedAt: new Date() }).where(eq(terms.id, termId));
    expect((await send(secretariat.cookie, body)).statusCode).toBe(409);
    expect((await cardEntries())?.ideas).toHaveLength(1);
  });
});
