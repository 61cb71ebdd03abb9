import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAgency, readBoard, updateAgency } from '../../shared/board/document';
import { boardDocName } from '../../shared/board/documentLayout';
import { appendUpdates } from '../realtime/docStore';
import {
  call,
  createTestApp,
  setUpCouncil,
  signInToOtherCouncil,
  type TestApp,
} from '../testing/testApp';
import { TEST_DATABASE_KINDS } from '../testing/testDatabase';

describe.each(TEST_DATABASE_KINDS)('board snapshots of a closed term (%s)', (kind) => {
  let t: TestApp;
  let cookie: string;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    ({ cookie, councilId } = await setUpCouncil(t.app));
  });
  afterAll(() => t.close());

  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, as = cookie) =>
    call(t.app, { method, url, cookie: as, body });
  const editBoard = async (boardId: string, edit: (doc: Y.Doc) => void, doc: Y.Doc) => {
    const before = Y.encodeStateVector(doc);
    edit(doc);
    await appendUpdates(t.database.db, [
      { docName: boardDocName(boardId), update: Y.encodeStateAsUpdate(doc, before) },
    ]);
  };

  it('closing a term freezes every board with its name; the snapshot stays as it was', async () => {
    const termId = (await req('GET', `/api/councils/${councilId}/terms`)).json()[0].id;
    const board = (
      await req('POST', `/api/councils/${councilId}/boards`, { name: '市全体ネットワーク' })
    ).json();
    const empty = (
      await req('POST', `/api/councils/${councilId}/boards`, { name: '空のボード' })
    ).json();
    const doc = new Y.Doc();
    await editBoard(
      board.id,
      (d) =>
        addAgency(d, {
          id: 'kikan',
          name: '基幹相談支援センター',
          layer: 'core',
          fields: ['disability'],
        }),
      doc,
    );

    const closed = await req('POST', `/api/terms/${termId}/close`, {
      next: { name: '第2期', startsOn: '2028-04-01', endsOn: '2030-03-31' },
    });
    expect(closed.statusCode, closed.body).toBe(201);

    const listed = await req('GET', `/api/terms/${termId}/snapshots`);
    expect(listed.json().map((s: { name: string }) => s.name)).toEqual([
      '市全体ネットワーク',
      '空のボード',
    ]);
    // The board changes after the close: renamed, its agency renamed.
    await req('PATCH', `/api/boards/${board.id}`, { name: '新しい名前' });
    await editBoard(board.id, (d) => updateAgency(d, 'kikan', { name: '改名後のセンター' }), doc);

    const read = async () => {
      const snapshot = await req('GET', `/api/terms/${termId}/snapshots/${board.id}`);
      expect(snapshot.statusCode, snapshot.body).toBe(200);
      const frozen = new Y.Doc();
      Y.applyUpdate(frozen, Buffer.from(snapshot.json().state, 'base64'));
      return {
        name: snapshot.json().name,
        agencies: readBoard(frozen).agencies.map((a) => a.name),
      };
    };
    expect(await read()).toEqual({
      name: '市全体ネットワーク',
      agencies: ['基幹相談支援センター'],
    });
    const emptySnapshot = await req('GET', `/api/terms/${termId}/snapshots/${empty.id}`);
    expect(emptySnapshot.statusCode).toBe(200);

    // Not even the database lets a snapshot change.
    await expect(
      t.database.db.execute(sql`update board_snapshots set name = 'changed'`),
    ).rejects.toThrow();
    expect(await read()).toEqual({
      name: '市全体ネットワーク',
      agencies: ['基幹相談支援センター'],
    });

    // The open term has none yet; another council's people see none.
    const next = closed.json().id;
    expect((await req('GET', `/api/terms/${next}/snapshots`)).json()).toEqual([]);
    const outsider = await signInToOtherCouncil(t);
    expect(
      (await req('GET', `/api/terms/${termId}/snapshots`, undefined, outsider)).statusCode,
    ).toBe(404);
    expect(
      (await req('GET', `/api/terms/${termId}/snapshots/${board.id}`, undefined, outsider))
        .statusCode,
    ).toBe(404);
  });
});
