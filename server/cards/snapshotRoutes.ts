import { z } from 'zod';
import { id } from '../../shared/api';
import { boardSnapshotStateView, boardSnapshotView } from '../../shared/cardApi';
import { boardResource, findBoard } from '../boards/store';
import type { Db } from '../db/client';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { type Actor, can } from '../policies';
import { findSnapshot, termSnapshots } from './boardSnapshots';
import { findTerm, termResource } from './store';

/** A board's snapshot is read by those who may read both the term and the board. */
async function readable(db: Db, actor: Actor, termId: string, boardId: string) {
  const term = await findTerm(db, termId);
  const board = await findBoard(db, boardId);
  return Boolean(
    term &&
      board &&
      can(actor, 'read', termResource(term)) &&
      can(actor, 'read', boardResource(board)),
  );
}

export function snapshotRoutes(app: App, { db }: Deps) {
  const termParams = z.object({ termId: id });

  app.get(
    '/api/terms/:termId/snapshots',
    { schema: { params: termParams, response: { 200: z.array(boardSnapshotView) } } },
    async (request) => {
      const { actor } = requireUser(request);
      const term = await findTerm(db, request.params.termId);
      if (!term || !can(actor, 'read', termResource(term))) throw notFound('That term');
      const rows = await termSnapshots(db, term.id);
      const shown = [];
      for (const row of rows) {
        if (await readable(db, actor, term.id, row.boardId)) {
          shown.push({ boardId: row.boardId, name: row.name, takenAt: row.takenAt.toISOString() });
        }
      }
      return shown;
    },
  );

  app.get(
    '/api/terms/:termId/snapshots/:boardId',
    {
      schema: {
        params: z.object({ termId: id, boardId: id }),
        response: { 200: boardSnapshotStateView },
      },
    },
    async (request) => {
      const { actor } = requireUser(request);
      const { termId, boardId } = request.params;
      const row = (await readable(db, actor, termId, boardId))
        ? await findSnapshot(db, termId, boardId)
        : undefined;
      if (!row) throw notFound('That snapshot');
      return {
        boardId: row.boardId,
        name: row.name,
        takenAt: row.takenAt.toISOString(),
        state: Buffer.from(row.state).toString('base64'),
      };
    },
  );
}
