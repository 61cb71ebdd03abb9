import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raisedIssues } from '../db/schema';
import { addMember, call, createTestApp, setUpCouncil, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('card status, owner, story and 抽出 (%s)', (kind) => {
  let t: TestApp;
  let cookie: string;
  let councilId: string;
  let termId: string;
  const subs: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie, councilId } = await setUpCouncil(t.app));
    const listed = await call(t.app, {
      method: 'GET',
      url: `/api/councils/${councilId}/terms`,
      cookie,
    });
    termId = listed.json()[0].id;
    for (const name of ['相談支援ネットワーク部会', '地域生活支援拠点部会']) {
      const sub = await post(`/api/terms/${termId}/subcommittees`, { name });
      subs[name] = sub.json().id;
    }
  });
  afterAll(() => t.close());

  const post = (url: string, body: unknown) => call(t.app, { method: 'POST', url, cookie, body });
  const patch = (url: string, body: unknown) => call(t.app, { method: 'PATCH', url, cookie, body });
  const history = async (cardId: string) =>
    (await call(t.app, { method: 'GET', url: `/api/cards/${cardId}/history`, cookie })).json();

  it('records every status and owner change with who, when and why, in order', async () => {
    const card = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: subs['相談支援ネットワーク部会'],
      code: 'C',
      title: '分野を超えた支援者のネットワーク',
    });
    const cardId = card.json().id;
    expect(
      (await patch(`/api/cards/${cardId}`, { status: 'discussed', reason: '部会で協議を開始' }))
        .statusCode,
    ).toBe(200);
    await patch(`/api/cards/${cardId}`, {
      subcommitteeId: subs['地域生活支援拠点部会'],
      reason: '拠点の人材育成と重なるため',
    });
    const story = await history(cardId);
    expect(story.map((e: { kind: string }) => e.kind)).toEqual(['created', 'status', 'owner']);
    expect(story[1]).toMatchObject({
      detail: { from: 'raised', to: 'discussed' },
      reason: '部会で協議を開始',
      actorName: '事務局 山田',
      termName: '第1期',
    });
    expect(story[2].detail).toEqual({
      from: '相談支援ネットワーク部会',
      to: '地域生活支援拠点部会',
    });
  });

  it('asks for a reason to close (完了) or hold (保留) a card', async () => {
    const card = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: null,
      title: '移動支援',
    });
    const refused = await patch(`/api/cards/${card.json().id}`, { status: 'done' });
    expect(refused.statusCode).toBe(400);
    const held = await patch(`/api/cards/${card.json().id}`, {
      status: 'onHold',
      reason: '市の計画改定を待つ',
    });
    expect(held.json().status).toBe('onHold');
  });

  it('sub-items hang under a top-level card of the same term only', async () => {
    const parent = (
      await post(`/api/terms/${termId}/cards`, {
        subcommitteeId: null,
        code: 'A',
        title: '居場所づくり',
      })
    ).json();
    const child = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: null,
      parentId: parent.id,
      code: 'A-a',
      title: '子ども食堂との連携',
    });
    expect(child.json().parentId).toBe(parent.id);
    const grandchild = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: null,
      parentId: child.json().id,
      title: '孫',
    });
    expect(grandchild.statusCode).toBe(400);
    expect((await patch(`/api/cards/${parent.id}`, { parentId: parent.id })).statusCode).toBe(400);
    // A card with sub-items cannot itself become one.
    const other = (
      await post(`/api/terms/${termId}/cards`, { subcommitteeId: null, code: 'B', title: '移動' })
    ).json();
    expect((await patch(`/api/cards/${parent.id}`, { parentId: other.id })).statusCode).toBe(400);

    // The secretariat moves a card under another issue and back; each step is in its story.
    const loose = (
      await post(`/api/terms/${termId}/cards`, { subcommitteeId: null, title: '送迎の調整' })
    ).json();
    const set = await patch(`/api/cards/${loose.id}`, { parentId: other.id, reason: '移動の一部' });
    expect(set.json().parentId).toBe(other.id);
    const cleared = await patch(`/api/cards/${loose.id}`, { parentId: null, reason: '独立させる' });
    expect(cleared.json().parentId).toBeNull();
    expect(
      (await history(loose.id))
        .filter((e: { kind: string }) => e.kind === 'parent')
        .map((e: { detail: object; reason: string }) => [e.detail, e.reason]),
    ).toEqual([
      [{ from: null, to: 'B 移動' }, '移動の一部'],
      [{ from: 'B 移動', to: null }, '独立させる'],
    ]);
    // Members edit cards but do not rearrange the issues.
    const member = await addMember(t.app, cookie, councilId, 'member', 'tree-member@example.jp');
    const refused = await call(t.app, {
      method: 'PATCH',
      url: `/api/cards/${loose.id}`,
      cookie: member.cookie,
      body: { parentId: other.id },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('抽出 turns a raised issue into a card keeping its text, and offers that card the second time', async () => {
    const [issue] = await t.database.db
      .insert(raisedIssues)
      .values({
        councilId,
        title: '夜間の緊急受入れ先がない',
        description: '精神障害のある方が夜間・休日に緊急で泊まれる場所が市内にない。',
      })
      .returning();
    const first = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: subs['地域生活支援拠点部会'],
      raisedIssueId: issue?.id,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      title: '夜間の緊急受入れ先がない',
      summary: '精神障害のある方が夜間・休日に緊急で泊まれる場所が市内にない。',
      raisedIssueId: issue?.id,
      status: 'raised',
    });
    const again = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: null,
      raisedIssueId: issue?.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'duplicate_card', cardId: first.json().id });
    // The same words typed by hand, in other widths and kana, are the same issue.
    const typed = await post(`/api/terms/${termId}/cards`, {
      subcommitteeId: null,
      title: ' 夜間の緊急受入れ先がない ',
    });
    expect(typed.json()).toMatchObject({ error: 'duplicate_card', cardId: first.json().id });
  });
});
