// Small groups (ブレイクアウト) of a live meeting: the facilitator splits the people present into
// groups (at random, by field, or by hand); each group has its own timer and its own area of the
// note wall (notes carry the group's id as areaId); the facilitator's message reaches every group
// and "call back" ends the round, after which every group's outcome is shown to all. Part of the
// server-authoritative live state (liveState.ts); the wall's notes stay in the Yjs document.
import { z } from 'zod';
import { FIELDS, type Field } from '../domain';
import { requiredText } from '../issues/text';
import type { CommandContext, CommandResult, LiveState } from './liveState';
import { addToTimer, MINUTE, pauseTimer, startTimer, timerState } from './timer';

export const MAX_GROUPS = 50;
export const BREAKOUT_MESSAGE_MAX = 200;

const ref = z.string().min(1).max(100);

export const breakoutMember = z.object({ participantId: z.string(), name: z.string() });
export type BreakoutMember = z.infer<typeof breakoutMember>;

export const breakoutGroup = z.object({
  id: z.string(),
  // Groups are named by number (and field, when split by field) in each reader's language.
  number: z.number().int(),
  field: z.enum(FIELDS).nullable(),
  members: z.array(breakoutMember),
  timer: timerState,
});
export type BreakoutGroup = z.infer<typeof breakoutGroup>;

export const breakoutRound = z.object({
  round: z.number().int(),
  // open: the groups are at work; calledBack: everyone is back and sees every group's outcome.
  status: z.enum(['open', 'calledBack']),
  groups: z.array(breakoutGroup),
  message: z.object({ text: z.string(), sentAt: z.number() }).nullable(),
});
export type BreakoutRound = z.infer<typeof breakoutRound>;

/** A group of an earlier round, so the notes of its area can still be headed by its name. */
export const pastGroup = breakoutGroup.pick({ id: true, number: true, field: true }).extend({
  round: z.number().int(),
});
export type PastGroup = z.infer<typeof pastGroup>;

export const breakoutSplit = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('random'), count: z.number().int().min(2).max(MAX_GROUPS) }),
  // same: a group per field, so people of one field talk shop; mixed: `count` groups, each
  // with as many different fields as there are (the 合同交流会's point: crossing the silos).
  z.object({
    mode: z.literal('field'),
    mix: z.enum(['same', 'mixed']),
    count: z.number().int().min(2).max(MAX_GROUPS),
  }),
  // Each inner list is one group's participants; a group may be left empty.
  z.object({
    mode: z.literal('hand'),
    groups: z.array(z.array(ref).max(500)).min(1).max(MAX_GROUPS),
  }),
]);
export type BreakoutSplit = z.infer<typeof breakoutSplit>;

export const breakoutCommands = [
  z.object({
    type: z.literal('breakout.start'),
    split: breakoutSplit,
    minutes: z.number().int().min(1).max(180),
  }),
  z.object({
    type: z.literal('breakout.message'),
    text: requiredText(BREAKOUT_MESSAGE_MAX, { multiline: true }),
  }),
  // A group's own timer: its members run it, and the facilitator any group's.
  z.object({
    type: z.literal('breakout.timer'),
    groupId: ref,
    op: z.enum(['start', 'pause', 'add1', 'add5']),
  }),
  // Puts one person present (a latecomer, say) into a group, out of any other.
  z.object({ type: z.literal('breakout.assign'), participantId: ref, groupId: ref }),
  z.object({ type: z.literal('breakout.callBack') }),
  // One's own field, which a split by field goes by (guests too; null: none said).
  z.object({ type: z.literal('participant.field'), field: z.enum(FIELDS).nullable() }),
] as const;

type BreakoutCommand = z.infer<(typeof breakoutCommands)[number]>;

/** Someone in the meeting now; those who steer it are left out of a split unless put in by hand. */
export type Present = { participantId: string; name: string; steers: boolean };

export type BreakoutError =
  | 'breakouts_open'
  | 'no_breakouts'
  | 'no_participants'
  | 'unknown_participant'
  | 'participant_twice'
  | 'no_such_group'
  | 'not_in_group';

type Draft = { field: Field | null; members: BreakoutMember[] };

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Deals people round the groups in turn, so group sizes differ by one at most. */
function deal(people: readonly BreakoutMember[], count: number): Draft[] {
  const groups: Draft[] = Array.from({ length: Math.min(count, people.length) }, () => ({
    field: null,
    members: [],
  }));
  people.forEach((p, i) => {
    groups[i % groups.length]?.members.push(p);
  });
  return groups;
}

const member = (p: Present): BreakoutMember => ({ participantId: p.participantId, name: p.name });

/** Who goes into which group; an error when nobody (or somebody unknown) would. */
export function splitGroups(
  split: BreakoutSplit,
  present: readonly Present[],
  fields: Readonly<Record<string, Field>>,
  random: () => number,
): Draft[] | BreakoutError {
  if (split.mode === 'hand') {
    const byId = new Map(present.map((p) => [p.participantId, p]));
    const seen = new Set<string>();
    const groups: Draft[] = [];
    for (const ids of split.groups) {
      const members: BreakoutMember[] = [];
      for (const id of ids) {
        const who = byId.get(id);
        if (!who) return 'unknown_participant';
        if (seen.has(id)) return 'participant_twice';
        seen.add(id);
        members.push(member(who));
      }
      groups.push({ field: null, members });
    }
    return seen.size === 0 ? 'no_participants' : groups;
  }
  const pool = shuffled(present.filter((p) => !p.steers).map(member), random);
  if (pool.length === 0) return 'no_participants';
  if (split.mode === 'random') return deal(pool, split.count);
  // Fields in the order the domain lists them; people who named none come last.
  const rank = (p: BreakoutMember) => {
    const field = fields[p.participantId];
    return field ? FIELDS.indexOf(field) : FIELDS.length;
  };
  const sorted = [...pool].sort((a, b) => rank(a) - rank(b));
  if (split.mix === 'mixed') return deal(sorted, split.count);
  const groups: Draft[] = [];
  for (const p of sorted) {
    const field = fields[p.participantId] ?? null;
    const last = groups.at(-1);
    if (last && last.field === field) last.members.push(p);
    else groups.push({ field, members: [p] });
  }
  return groups;
}

const fail = (error: BreakoutError): CommandResult => ({ ok: false, error });

function withGroup(
  state: LiveState,
  groupId: string,
  change: (group: BreakoutGroup) => BreakoutGroup,
): CommandResult {
  const round = state.breakouts;
  if (!round) return fail('no_breakouts');
  if (!round.groups.some((g) => g.id === groupId)) return fail('no_such_group');
  const groups = round.groups.map((g) => (g.id === groupId ? change(g) : g));
  return { ok: true, state: { ...state, breakouts: { ...round, groups } } };
}

/** The state after a breakout command; who may send it was decided before, by can(). */
export function applyBreakoutCommand(
  state: LiveState,
  command: BreakoutCommand,
  ctx: CommandContext,
): CommandResult {
  const round = state.breakouts;
  switch (command.type) {
    case 'breakout.start': {
      if (round?.status === 'open') return fail('breakouts_open');
      const drafts = splitGroups(command.split, ctx.present, state.fields, ctx.random);
      if (typeof drafts === 'string') return fail(drafts);
      const timer = {
        durationMs: command.minutes * MINUTE,
        elapsedMs: 0,
        runningSince: ctx.now,
      };
      const groups = drafts.map((d, i) => ({ id: ctx.newId(), number: i + 1, ...d, timer }));
      const next = (round?.round ?? 0) + 1;
      const earlier = (round?.groups ?? []).map(({ id, number, field }) => ({
        id,
        number,
        field,
        round: next - 1,
      }));
      return {
        ok: true,
        state: {
          ...state,
          breakouts: { round: next, status: 'open', groups, message: null },
          pastGroups: [...state.pastGroups, ...earlier],
        },
      };
    }
    case 'breakout.message':
      if (round?.status !== 'open') return fail('no_breakouts');
      return {
        ok: true,
        state: {
          ...state,
          breakouts: { ...round, message: { text: command.text, sentAt: ctx.now } },
        },
      };
    case 'breakout.timer': {
      if (round?.status !== 'open') return fail('no_breakouts');
      const group = round.groups.find((g) => g.id === command.groupId);
      if (!group) return fail('no_such_group');
      const inIt = group.members.some((m) => m.participantId === ctx.participantId);
      if (!ctx.steers && !inIt) return fail('not_in_group');
      return withGroup(state, group.id, (g) => ({
        ...g,
        timer:
          command.op === 'start'
            ? startTimer(g.timer, ctx.now)
            : command.op === 'pause'
              ? pauseTimer(g.timer, ctx.now)
              : addToTimer(g.timer, command.op === 'add1' ? 1 : 5),
      }));
    }
    case 'breakout.assign': {
      if (round?.status !== 'open') return fail('no_breakouts');
      const who = ctx.present.find((p) => p.participantId === command.participantId);
      if (!who) return fail('unknown_participant');
      if (!round.groups.some((g) => g.id === command.groupId)) return fail('no_such_group');
      const groups = round.groups.map((g) => {
        const others = g.members.filter((m) => m.participantId !== who.participantId);
        return { ...g, members: g.id === command.groupId ? [...others, member(who)] : others };
      });
      return { ok: true, state: { ...state, breakouts: { ...round, groups } } };
    }
    case 'breakout.callBack': {
      if (round?.status !== 'open') return fail('no_breakouts');
      const groups = round.groups.map((g) => ({ ...g, timer: pauseTimer(g.timer, ctx.now) }));
      return {
        ok: true,
        state: { ...state, breakouts: { ...round, status: 'calledBack', groups } },
      };
    }
    case 'participant.field': {
      const { [ctx.participantId]: _was, ...others } = state.fields;
      const fields = command.field ? { ...others, [ctx.participantId]: command.field } : others;
      return { ok: true, state: { ...state, fields } };
    }
  }
}

/** The group `participantId` is in during the open round, if any. */
export function groupOf(
  round: BreakoutRound | null,
  participantId: string | null,
): BreakoutGroup | undefined {
  if (round?.status !== 'open' || !participantId) return undefined;
  return round.groups.find((g) => g.members.some((m) => m.participantId === participantId));
}
