import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCardEvaluation,
  addCardGoal,
  planOf,
  readTermPlans,
} from '../../shared/cards/planDocument';
import { addCardEntry, readTermEntries, termDocName } from '../../shared/cards/termDocument';
import { appendUpdates, applyStored, loadDocument } from '../realtime/docStore';
import { call, createTestApp, setUpCouncil, type TestApp } from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('closing a term with its carry-over review (%s)', (kind) => {
  let t: TestApp;
  let cookie: string;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie, councilId } = await setUpCouncil(t.app));
  });
  afterAll(() => t.close());

  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) =>
    call(t.app, { method, url, cookie, body });

  it('carries (entries, goals, evaluations), closes with a reason and merges; the old term stays readable and refuses changes', async () => {
    const termId = (await req('GET', `/api/councils/${councilId}/terms`)).json()[0].id;
    const sub = (
      await req('POST', `/api/terms/${termId}/subcommittees`, { name: '相談支援ネットワーク部会' })
    ).json();
    const card = async (code: string, title: string) =>
      (
        await req('POST', `/api/terms/${termId}/cards`, { subcommitteeId: sub.id, code, title })
      ).json();
    const a = await card('A', '居場所づくり');
    const b = await card('B', '移動支援');
    const c = await card('C', '居場所の情報発信');
    await req('PATCH', `/api/cards/${a.id}`, { status: 'discussed', reason: '協議開始' });
    const doc = new Y.Doc();
    addCardEntry(doc, { cardId: a.id, column: 'existing', text: '子ども食堂' }, null);
    addCardEntry(doc, { cardId: c.id, column: 'ideas', text: '居場所マップ' }, null);
    addCardEntry(doc, { cardId: c.id, column: 'existing', text: '公民館の空き室' }, null);
    addCardGoal(
      doc,
      { cardId: a.id, horizon: 'mid', text: '居場所を2か所増やす', progress: 30 },
      null,
    );
    addCardEvaluation(doc, { cardId: a.id, date: '2027-03-01', achieved: '1か所開いた' }, null);
    await appendUpdates(t.database.db, [
      { docName: termDocName(termId), update: Y.encodeStateAsUpdate(doc) },
    ]);

    const closed = await req('POST', `/api/terms/${termId}/close`, {
      next: { name: '第2期', startsOn: '2028-04-01', endsOn: '2030-03-31' },
      decisions: [
        { cardId: b.id, action: 'done', reason: '市の事業で対応済み' },
        { cardId: c.id, action: 'merge', into: a.id },
      ],
    });
    expect(closed.statusCode, closed.body).toBe(201);
    const next = closed.json();
    expect(next).toMatchObject({ name: '第2期', current: true });

    const contents = (await req('GET', `/api/terms/${next.id}`)).json();
    expect(contents.subcommittees.map((s: { name: string }) => s.name)).toEqual([
      '相談支援ネットワーク部会',
    ]);
    expect(contents.cards).toHaveLength(1);
    const carried = contents.cards[0];
    expect(carried).toMatchObject({
      code: 'A',
      title: '居場所づくり',
      status: 'discussed',
      carriedFromId: a.id,
      subcommitteeId: contents.subcommittees[0].id,
    });

    const stored = await loadDocument(t.database.db, termDocName(next.id));
    const newDoc = new Y.Doc();
    applyStored(newDoc, stored.parts);
    const columns = readTermEntries(newDoc).get(carried.id);
    // The merged card's entries join the ones of the card it was merged into.
    expect(columns?.existing.map((e) => e.text).sort()).toEqual(['公民館の空き室', '子ども食堂']);
    expect(columns?.ideas.map((e) => e.text)).toEqual(['居場所マップ']);
    const plan = planOf(readTermPlans(newDoc), carried.id);
    expect(plan.goals.mid).toMatchObject([{ text: '居場所を2か所増やす', progress: 30 }]);
    expect(plan.evaluations).toMatchObject([{ date: '2027-03-01', achieved: '1か所開いた' }]);

    const story = (await req('GET', `/api/cards/${carried.id}/history`)).json();
    expect(story.map((e: { kind: string; termName: string }) => `${e.termName}:${e.kind}`)).toEqual(
      ['第1期:created', '第1期:status', '第2期:term'],
    );
    expect((await req('GET', `/api/cards/${b.id}`)).json().status).toBe('done');
    const bStory = (await req('GET', `/api/cards/${b.id}/history`)).json();
    expect(bStory.at(-1)).toMatchObject({ kind: 'status', reason: '市の事業で対応済み' });

    const old = await req('GET', `/api/terms/${termId}`);
    expect(old.json()).toMatchObject({ term: { can: { edit: false, manage: false } } });
    expect(old.json().term.closedAt).not.toBeNull();
    const refused = await req('PATCH', `/api/cards/${a.id}`, { title: '変更' });
    expect(refused.json()).toMatchObject({ error: 'term_closed' });
    const again = await req('POST', `/api/terms/${termId}/close`, {
      next: { name: '第3期', startsOn: '2030-04-01', endsOn: '2032-03-31' },
    });
    expect(again.statusCode).toBe(409);
  });
});
