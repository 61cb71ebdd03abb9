// "Bring everyone to my view" and the spotlight of a live meeting. A summon names the part of the
// meeting page the facilitator is looking at (and, on the note wall, its area and layout); each
// participant's page follows it until they move on their own or press Escape. A spotlight shows
// one card or agency, by name, to everyone until the facilitator clears it.
import { z } from 'zod';
import { entryId } from '../document/fieldSchemas';
import { requiredText } from '../issues/text';
import type { CommandContext, CommandResult, LiveState } from './liveState';

export const MEETING_SECTIONS = ['agenda', 'notes', 'breakouts', 'vote'] as const;
export type MeetingSection = (typeof MEETING_SECTIONS)[number];

export const meetingView = z.object({
  section: z.enum(MEETING_SECTIONS),
  // On the note wall: the small group's area shown (none: the whole meeting's) and the layout.
  areaId: entryId.optional(),
  layout: z.enum(['wall', 'list']).optional(),
});
export type MeetingView = z.infer<typeof meetingView>;

export const summonState = z.object({
  view: meetingView,
  byId: z.string(),
  by: z.string(),
  // When this summon began. The facilitator changing their view while it is on keeps it, so one
  // who left this summon stays where they are until the facilitator ends it and summons again.
  at: z.number(),
});
export type SummonState = z.infer<typeof summonState>;

export const SPOTLIGHT_LABEL_MAX = 120;
export const spotlightTarget = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('card'),
    ref: z.string().uuid(),
    label: requiredText(SPOTLIGHT_LABEL_MAX),
  }),
  z.object({
    kind: z.literal('agency'),
    ref: entryId,
    boardId: z.string().uuid(),
    label: requiredText(SPOTLIGHT_LABEL_MAX),
  }),
]);
export type SpotlightTarget = z.infer<typeof spotlightTarget>;

export const spotlightState = z.object({ target: spotlightTarget, by: z.string(), at: z.number() });
export type SpotlightState = z.infer<typeof spotlightState>;

export const summonCommands = [
  z.object({ type: z.literal('summon.start'), view: meetingView }),
  z.object({ type: z.literal('summon.end') }),
  z.object({ type: z.literal('spotlight.set'), target: spotlightTarget }),
  z.object({ type: z.literal('spotlight.clear') }),
] as const;
type SummonCommand = z.infer<(typeof summonCommands)[number]>;

/** The state after a summon or spotlight command; only facilitators send them (can()). */
export function applySummonCommand(
  state: LiveState,
  command: SummonCommand,
  ctx: CommandContext,
): CommandResult {
  switch (command.type) {
    case 'summon.start':
      return {
        ok: true,
        state: {
          ...state,
          summon: {
            view: command.view,
            byId: ctx.participantId,
            by: ctx.name,
            at: state.summon?.at ?? ctx.now,
          },
        },
      };
    case 'summon.end':
      return { ok: true, state: { ...state, summon: null } };
    case 'spotlight.set':
      return {
        ok: true,
        state: { ...state, spotlight: { target: command.target, by: ctx.name, at: ctx.now } },
      };
    case 'spotlight.clear':
      return { ok: true, state: { ...state, spotlight: null } };
  }
}
