import { and, asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { id } from '../../shared/api';
import {
  SAVED_PRESETS_MAX,
  type SavedPreset,
  savedPresetBody,
  savedPresetView,
} from '../../shared/board/savedPresets';
import { importPresets } from '../db/schema';
import { HttpError, notFound } from '../http/errors';
import { requireUser } from '../http/requestAuth';
import type { App, Deps } from '../http/types';
import { type Actor, authorize, can } from '../policies';
import { type BoardRow, boardResource, findBoard } from './store';

// A council's saved import settings, reached through one of its boards: whoever may read the
// board may use them, whoever may edit it (import into it) may save and remove them.

type PresetRow = typeof importPresets.$inferSelect;

const view = (row: PresetRow): SavedPreset => ({
  id: row.id,
  name: row.name,
  columns: row.columns,
  defaults: row.defaults,
  createdAt: row.createdAt.toISOString(),
});

const boardParams = z.object({ boardId: id });
const presetParams = z.object({ boardId: id, presetId: id });

export function importPresetRoutes(app: App, { db }: Deps) {
  const readableBoard = async (actor: Actor, boardId: string): Promise<BoardRow> => {
    const row = await findBoard(db, boardId);
    // Not found and not allowed look the same, so ids reveal nothing.
    if (!row || !can(actor, 'read', boardResource(row))) throw notFound('That board');
    return row;
  };

  app.get(
    '/api/boards/:boardId/import-presets',
    { schema: { params: boardParams, response: { 200: z.array(savedPresetView) } } },
    async (request) => {
      const { actor } = requireUser(request);
      const board = await readableBoard(actor, request.params.boardId);
      const rows = await db
        .select()
        .from(importPresets)
        .where(eq(importPresets.councilId, board.councilId))
        .orderBy(asc(importPresets.name));
      return rows.map(view);
    },
  );

  app.post(
    '/api/boards/:boardId/import-presets',
    { schema: { params: boardParams, body: savedPresetBody, response: { 201: savedPresetView } } },
    async (request, reply) => {
      const { actor, user } = requireUser(request);
      const board = await readableBoard(actor, request.params.boardId);
      authorize(actor, 'edit', boardResource(board));
      const { name, columns, defaults } = request.body;
      const row = await db.transaction(async (tx) => {
        const [existing] = await tx
          .select({ id: importPresets.id })
          .from(importPresets)
          .where(and(eq(importPresets.councilId, board.councilId), eq(importPresets.name, name)));
        if (!existing) {
          const [saved] = await tx
            .select({ n: count() })
            .from(importPresets)
            .where(eq(importPresets.councilId, board.councilId));
          if ((saved?.n ?? 0) >= SAVED_PRESETS_MAX)
            throw new HttpError(
              409,
              'too_many_presets',
              `The council already has ${SAVED_PRESETS_MAX} saved import settings; remove one first.`,
            );
        }
        const [written] = await tx
          .insert(importPresets)
          .values({ councilId: board.councilId, name, columns, defaults, createdBy: user.id })
          .onConflictDoUpdate({
            target: [importPresets.councilId, importPresets.name],
            set: { columns, defaults, createdBy: user.id },
          })
          .returning();
        return written;
      });
      if (!row) throw new Error('import preset insert returned nothing');
      return reply.code(201).send(view(row));
    },
  );

  app.delete(
    '/api/boards/:boardId/import-presets/:presetId',
    { schema: { params: presetParams } },
    async (request, reply) => {
      const { actor } = requireUser(request);
      const board = await readableBoard(actor, request.params.boardId);
      authorize(actor, 'edit', boardResource(board));
      const removed = await db
        .delete(importPresets)
        .where(
          and(
            eq(importPresets.id, request.params.presetId),
            eq(importPresets.councilId, board.councilId),
          ),
        )
        .returning({ id: importPresets.id });
      if (removed.length === 0) throw notFound('That import setting');
      return reply.code(204).send();
    },
  );
}
