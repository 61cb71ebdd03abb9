import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { boardView as boardSchema, createBoardBody, id, updateBoardBody } from '../../shared/api';
import { requireCouncil } from '../councils/requestCouncil';
import { boards } from '../db/schema';
import { notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { authorize, can } from '../policies';
import { boardResource, boardView, findBoard } from './store';

export function boardRoutes(app: App, { db, events }: Deps) {
  const councilParams = z.object({ councilId: id });

  app.get(
    '/api/councils/:councilId/boards',
    { schema: { params: councilParams, response: { 200: z.array(boardSchema) } } },
    async (request) => {
      const { actor, councilId } = requireCouncil(request, 'read');
      const rows = await db
        .select()
        .from(boards)
        .where(eq(boards.councilId, councilId))
        .orderBy(desc(boards.createdAt));
      return rows
        .filter((row) => can(actor, 'read', boardResource(row)))
        .map((row) => boardView(row, actor));
    },
  );

  app.post(
    '/api/councils/:councilId/boards',
    { schema: { params: councilParams, body: createBoardBody, response: { 201: boardSchema } } },
    async (request, reply) => {
      const { actor, user, councilId } = requireCouncil(request, 'createBoard');
      const [row] = await db
        .insert(boards)
        .values({ councilId, name: request.body.name, createdBy: user.id })
        .returning();
      if (!row) throw new Error('board insert returned nothing');
      return reply.code(201).send(boardView(row, actor));
    },
  );

  const boardParams = z.object({ boardId: id });

  app.get(
    '/api/boards/:boardId',
    { schema: { params: boardParams, response: { 200: boardSchema } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findBoard(db, request.params.boardId);
      // Not found and not allowed look the same, so ids reveal nothing.
      if (!row || !can(actor, 'read', boardResource(row))) throw notFound('That board');
      return boardView(row, actor);
    },
  );

  app.patch(
    '/api/boards/:boardId',
    { schema: { params: boardParams, body: updateBoardBody, response: { 200: boardSchema } } },
    async (request) => {
      const { actor } = requireUser(request);
      const row = await findBoard(db, request.params.boardId);
      if (!row || !can(actor, 'read', boardResource(row))) throw notFound('That board');
      authorize(actor, 'update', boardResource(row));
      const [updated] = await db
        .update(boards)
        .set(request.body)
        .where(eq(boards.id, row.id))
        .returning();
      if (!updated) throw notFound('That board');
      // Archiving makes open editors read-only at once.
      if (request.body.archived !== undefined)
        events.emitDocumentAccessChanged(`board:${updated.id}`);
      return boardView(updated, actor);
    },
  );
}
