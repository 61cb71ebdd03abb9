// Copying agencies between boards: the selection becomes a JSON payload marked with a type and
// version (so anything else on the clipboard is recognised and refused), and a payload becomes
// inputs for new agencies and ties with fresh ids, shifted so the copies do not hide the originals.
import { z } from 'zod';
import { type Agency, type AgencyInput, agencySchema } from '../../../../shared/board/agency';
import type { Board } from '../../../../shared/board/document';
import { type Tie, type TieInput, tieSchema } from '../../../../shared/board/tie';
import { clampToLane, positionsOf } from './canvasGeometry';

export const CLIPBOARD_TYPE = 'tsunagu/board-agencies';
export const CLIPBOARD_VERSION = 1;
const MAX_AGENCIES = 500;
const MAX_TIES = 5000;
/** How far each paste shifts the copies (the y is then kept inside the lane). */
export const PASTE_STEP = { x: 40, y: 16 } as const;

export type ClipboardPayload = {
  type: typeof CLIPBOARD_TYPE;
  version: typeof CLIPBOARD_VERSION;
  agencies: Agency[];
  ties: Tie[];
};

const payloadSchema = z
  .object({
    type: z.literal(CLIPBOARD_TYPE),
    version: z.literal(CLIPBOARD_VERSION),
    agencies: z.array(agencySchema).min(1).max(MAX_AGENCIES),
    ties: z.array(tieSchema).max(MAX_TIES),
  })
  .refine((payload) => {
    const ids = new Set(payload.agencies.map((a) => a.id));
    return (
      ids.size === payload.agencies.length &&
      payload.ties.every((tie) => ids.has(tie.from) && ids.has(tie.to))
    );
  });

/** The selected agencies, where they are drawn now, and the ties among them. */
export function copyPayload(board: Board, selection: readonly string[]): ClipboardPayload | null {
  const selected = new Set(selection);
  const positions = positionsOf(board.agencies);
  const agencies = board.agencies
    .filter((a) => selected.has(a.id))
    .map((a) => ({ ...a, position: positions.get(a.id) ?? a.position }));
  if (agencies.length === 0) return null;
  const ties = board.ties.filter((x) => selected.has(x.from) && selected.has(x.to));
  return { type: CLIPBOARD_TYPE, version: CLIPBOARD_VERSION, agencies, ties };
}

export type ParsedClipboard =
  | { ok: true; payload: ClipboardPayload }
  | { ok: false; reason: 'notBoard' | 'invalid' };

/** Reads clipboard text: `notBoard` for anything that is not our payload, `invalid` for ours but broken. */
export function parseClipboard(text: string): ParsedClipboard {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notBoard' };
  }
  const marked = z.object({ type: z.literal(CLIPBOARD_TYPE) }).safeParse(json);
  if (!marked.success) return { ok: false, reason: 'notBoard' };
  const parsed = payloadSchema.safeParse(json);
  return parsed.success
    ? { ok: true, payload: parsed.data as ClipboardPayload }
    : { ok: false, reason: 'invalid' };
}

/** New agencies and ties for a paste: fresh ids, ties re-pointed, positions shifted `step` times. */
export function pasteInputs(
  payload: ClipboardPayload,
  step: number,
  newId: () => string = () => crypto.randomUUID(),
): { agencies: AgencyInput[]; ties: TieInput[] } {
  const ids = new Map(payload.agencies.map((a) => [a.id, newId()]));
  const agencies = payload.agencies.map((agency): AgencyInput => {
    const { x, y } = agency.position ?? { x: 0, y: 0 };
    const free = agency.freePosition;
    return {
      ...agency,
      id: ids.get(agency.id) as string,
      position: {
        x: x + PASTE_STEP.x * step,
        y: clampToLane(agency.layer, y + PASTE_STEP.y * step),
      },
      // In the free arrangement too, the copy lands beside the original, not on top of it.
      ...(free && {
        freePosition: { x: free.x + PASTE_STEP.x * step, y: free.y + PASTE_STEP.y * step },
      }),
    };
  });
  const ties = payload.ties.map(
    (tie): TieInput => ({
      ...tie,
      id: newId(),
      from: ids.get(tie.from) as string,
      to: ids.get(tie.to) as string,
    }),
  );
  return { agencies, ties };
}
