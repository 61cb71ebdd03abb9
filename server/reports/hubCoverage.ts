// Which agencies provide each hub function, read from the council's live boards at the time of
// asking (the hub review shows the network as it is, not a copy). The providers are the agencies
// a board marks with the function; the gaps are the coverage matrix's empty and thin cells of
// that function (shared/board/coverage.ts), counted over every board the person may read. An
// agency drawn on two boards counts on each.
import { and, asc, eq } from 'drizzle-orm';
import type { Agency } from '../../shared/board/agency';
import { computeCoverage } from '../../shared/board/coverage';
import { readBoard } from '../../shared/board/document';
import { HUB_FUNCTIONS, SUPPORT_NEEDS } from '../../shared/domain';
import type { HubCoverageView } from '../../shared/reports/reportApi';
import { boardResource } from '../boards/store';
import type { Db } from '../db/client';
import { boards } from '../db/schema';
import { type Actor, can } from '../policies';
import type { DocumentHost } from '../realtime/realtimeServer';

export async function hubCoverage(
  db: Db,
  documents: Pick<DocumentHost, 'read'>,
  actor: Actor,
  councilId: string,
): Promise<HubCoverageView> {
  const rows = await db
    .select()
    .from(boards)
    .where(and(eq(boards.councilId, councilId), eq(boards.archived, false)))
    .orderBy(asc(boards.createdAt));
  const readable = rows.filter((row) => can(actor, 'read', boardResource(row)));
  const agencies: { board: (typeof readable)[number]; agency: Agency }[] = [];
  for (const board of readable) {
    const { agencies: onBoard } = await documents.read(`board:${board.id}`, readBoard);
    for (const agency of onBoard) agencies.push({ board, agency });
  }
  const matrix = computeCoverage(agencies.map((a) => a.agency));
  return {
    boards: readable.map((row) => ({ id: row.id, name: row.name })),
    functions: HUB_FUNCTIONS.map((hubFunction) => ({
      hubFunction,
      providers: agencies
        .filter(({ agency }) => agency.hubFunctions.includes(hubFunction))
        .map(({ board, agency }) => ({
          boardId: board.id,
          boardName: board.name,
          agencyId: agency.id,
          name: agency.name,
          layer: agency.layer,
        })),
      gaps: SUPPORT_NEEDS.flatMap((need) => {
        const { level } = matrix.cells[need][hubFunction];
        return level === 'covered' ? [] : [{ need, level }];
      }),
    })),
  };
}
