// HTTP shapes of what the council reports: who provides each hub function (read from the boards
// when asked, never stored), the 提言書 of a 部会 and the 年次報告 of a term. The editable parts
// of the hub review are the term's Yjs document (shared/reports/hubReview.ts).
import { z } from 'zod';
import { id } from '../api';
import { HUB_FUNCTIONS, LAYERS, SUPPORT_NEEDS } from '../domain';

export const hubProvider = z.object({
  boardId: id,
  boardName: z.string(),
  agencyId: z.string(),
  name: z.string(),
  layer: z.enum(LAYERS),
});
export type HubProvider = z.infer<typeof hubProvider>;

/** One hub function: the agencies providing it and the support needs it leaves empty or thin. */
export const hubFunctionCoverage = z.object({
  hubFunction: z.enum(HUB_FUNCTIONS),
  providers: z.array(hubProvider),
  gaps: z.array(z.object({ need: z.enum(SUPPORT_NEEDS), level: z.enum(['empty', 'thin']) })),
});
export type HubFunctionCoverage = z.infer<typeof hubFunctionCoverage>;

export const hubCoverageView = z.object({
  /** The boards read, by name: where the providers come from. */
  boards: z.array(z.object({ id, name: z.string() })),
  functions: z.array(hubFunctionCoverage),
});
export type HubCoverageView = z.infer<typeof hubCoverageView>;
