// Reading other clients' awareness states: whatever a client sends is validated, and a state
// that does not fit is left out rather than trusted.
import { z } from 'zod';
import { ARRANGEMENTS, type Arrangement } from '../canvas/arrangements';

export type Point = { x: number; y: number };
/** What someone sees of the canvas: the flow point at the centre of their canvas, and the zoom. */
export type View = { x: number; y: number; zoom: number };
export type EditTarget = { kind: 'agency' | 'tie'; id: string };
export type Peer = {
  clientId: number;
  name: string;
  colour: string;
  cursor: Point | null;
  selection: string[];
  view: View | null;
  /** The agency or tie whose form they have open. */
  editing: EditTarget | null;
  /** The arrangement their cursor and view are in; someone else's is drawn elsewhere. */
  arrangement: Arrangement;
  self: boolean;
};

const peerState = z.object({
  user: z.object({ name: z.string().max(120), colour: z.string().regex(/^#[0-9a-f]{6}$/i) }),
  cursor: z.object({ x: z.number(), y: z.number() }).nullable().optional(),
  selection: z.array(z.string().max(64)).max(1000).optional(),
  view: z
    .object({ x: z.number(), y: z.number(), zoom: z.number().min(0.01).max(10) })
    .nullable()
    .optional(),
  arrangement: z.enum(ARRANGEMENTS).optional(),
  editing: z
    .object({ kind: z.enum(['agency', 'tie']), id: z.string().max(64) })
    .nullable()
    .optional(),
});

/** The people on the board from the awareness states (client id → state), mine marked `self`. */
export function readPeers(states: Iterable<[number, unknown]>, selfId: number): Peer[] {
  const list: Peer[] = [];
  for (const [clientId, raw] of states) {
    const parsed = peerState.safeParse(raw);
    if (!parsed.success) continue;
    list.push({
      clientId,
      name: parsed.data.user.name,
      colour: parsed.data.user.colour,
      cursor: parsed.data.cursor ?? null,
      selection: parsed.data.selection ?? [],
      view: parsed.data.view ?? null,
      editing: parsed.data.editing ?? null,
      arrangement: parsed.data.arrangement ?? 'lanes',
      self: clientId === selfId,
    });
  }
  return list;
}
