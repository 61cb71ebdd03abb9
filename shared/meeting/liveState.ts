// The live state of a meeting that must be the same for everyone: which agenda item is on, the
// item's timer, the raised hands, the vote, the private round and the small groups. The server
// owns it; clients send commands and draw it.
import { z } from 'zod';
import { FIELDS } from '../domain';
import {
  applyBreakoutCommand,
  breakoutCommands,
  breakoutRound,
  type Present,
  pastGroup,
} from './breakouts';
import { applySummonCommand, spotlightState, summonCommands, summonState } from './summon';
import { addToTimer, MINUTE, pauseTimer, startTimer, timerState } from './timer';
import { ballot, type CastBallot, tally, voteSettings, voteState } from './vote';

export { elapsedMs, remainingMs, type TimerState, timerState } from './timer';

export const raisedHand = z.object({
  participantId: z.string(),
  name: z.string(),
  raisedAt: z.number(),
});
export type RaisedHand = z.infer<typeof raisedHand>;

export const liveState = z.object({
  // -1 before the facilitator opens the first item.
  currentIndex: z.number().int(),
  timer: timerState,
  // In the order hands went up.
  hands: z.array(raisedHand),
  speaker: z.object({ participantId: z.string(), name: z.string() }).nullable(),
  // The dot vote on now, or the last one with its results; states stored before votes had none.
  vote: voteState.nullable().default(null),
  // A private round of the note wall: each person's new notes stay on the server until the
  // facilitator reveals them all; anonymous ones are revealed without their authors.
  privateNotes: z.object({ anonymous: z.boolean() }).nullable().default(null),
  // The small groups of the round on now, or of the last one (their outcomes stay shown).
  breakouts: breakoutRound.nullable().default(null),
  // Groups of earlier rounds, which the notes of their areas are still headed by.
  pastGroups: z.array(pastGroup).default([]),
  // Each participant's own field, as they said it (a split by field goes by it).
  fields: z.record(z.string(), z.enum(FIELDS)).default({}),
  // The facilitator's view everyone is brought to, and the card or agency in the spotlight.
  summon: summonState.nullable().default(null),
  spotlight: spotlightState.nullable().default(null),
  // ふりがな for the guests by link, turned on by the facilitator (members choose their own).
  furiganaForGuests: z.boolean().default(false),
});
export type LiveState = z.infer<typeof liveState>;

export const initialLiveState = (): LiveState => ({
  currentIndex: -1,
  timer: { durationMs: 0, elapsedMs: 0, runningSince: null },
  hands: [],
  speaker: null,
  vote: null,
  privateNotes: null,
  breakouts: null,
  pastGroups: [],
  fields: {},
  summon: null,
  spotlight: null,
  furiganaForGuests: false,
});

export const liveCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('agenda.goto'), index: z.number().int().min(0).max(1000) }),
  z.object({ type: z.literal('agenda.next') }),
  z.object({ type: z.literal('agenda.previous') }),
  z.object({ type: z.literal('timer.start') }),
  z.object({ type: z.literal('timer.pause') }),
  z.object({ type: z.literal('timer.add'), minutes: z.union([z.literal(1), z.literal(5)]) }),
  z.object({ type: z.literal('timer.reset') }),
  z.object({ type: z.literal('hand.raise') }),
  // Without participantId: one's own hand.
  z.object({ type: z.literal('hand.lower'), participantId: z.string().max(100).optional() }),
  z.object({ type: z.literal('hand.callNext') }),
  z.object({ type: z.literal('vote.start'), settings: voteSettings }),
  z.object({ type: z.literal('vote.end') }),
  z.object({ type: z.literal('notes.private'), anonymous: z.boolean() }),
  // Ends the private round: the server puts everyone's private notes on the wall.
  z.object({ type: z.literal('notes.reveal') }),
  // Replaces the sender's earlier ballot in that vote.
  z.object({ type: z.literal('vote.cast'), voteId: z.string().max(100), ballot }),
  z.object({ type: z.literal('furigana.guests'), on: z.boolean() }),
  ...breakoutCommands,
  ...summonCommands,
]);
export type LiveCommand = z.infer<typeof liveCommand>;

/** Whether a command steers the meeting (facilitator) or is a participant's own act. */
export function commandRole(
  command: LiveCommand,
  participantId: string,
): 'facilitate' | 'participate' | 'vote' {
  // A group's timer is its members' too: applyBreakoutCommand checks who is in which group.
  if (['hand.raise', 'participant.field', 'breakout.timer'].includes(command.type)) {
    return 'participate';
  }
  if (command.type === 'vote.cast') return 'vote';
  if (command.type === 'hand.lower') {
    return !command.participantId || command.participantId === participantId
      ? 'participate'
      : 'facilitate';
  }
  return 'facilitate';
}

export type CommandContext = {
  participantId: string;
  name: string;
  // Time boxes of the agenda items, in order.
  agendaMinutes: readonly number[];
  now: number;
  newId: () => string;
  // The ballots of the open vote, for ending it.
  ballots: () => Iterable<CastBallot>;
  // Whether the sender may steer the meeting (decided by can()).
  steers: boolean;
  // Who is in the meeting now, for splitting it into groups.
  present: readonly Present[];
  random: () => number;
};

export type CommandResult = { ok: true; state: LiveState } | { ok: false; error: string };

function openItem(state: LiveState, index: number, ctx: CommandContext): CommandResult {
  const minutes = ctx.agendaMinutes[index];
  if (minutes === undefined) return { ok: false, error: 'no_such_item' };
  return {
    ok: true,
    state: {
      ...state,
      currentIndex: index,
      timer: { durationMs: minutes * MINUTE, elapsedMs: 0, runningSince: null },
    },
  };
}

const done = (state: LiveState): CommandResult => ({ ok: true, state });

/** The state after `command`; authorization is decided before, by can(). */
export function applyCommand(
  state: LiveState,
  command: LiveCommand,
  ctx: CommandContext,
): CommandResult {
  const { timer } = state;
  switch (command.type) {
    case 'agenda.goto':
      return openItem(state, command.index, ctx);
    case 'agenda.next':
      return openItem(state, state.currentIndex + 1, ctx);
    case 'agenda.previous':
      return openItem(state, state.currentIndex - 1, ctx);
    case 'timer.start':
      if (state.currentIndex < 0) return { ok: false, error: 'no_current_item' };
      if (timer.runningSince !== null) return done(state);
      return done({ ...state, timer: startTimer(timer, ctx.now) });
    case 'timer.pause':
      if (timer.runningSince === null) return done(state);
      return done({ ...state, timer: pauseTimer(timer, ctx.now) });
    case 'timer.add':
      if (state.currentIndex < 0) return { ok: false, error: 'no_current_item' };
      return done({ ...state, timer: addToTimer(timer, command.minutes) });
    case 'timer.reset':
      if (state.currentIndex < 0) return { ok: false, error: 'no_current_item' };
      return openItem(state, state.currentIndex, ctx);
    case 'hand.raise':
      if (state.hands.some((h) => h.participantId === ctx.participantId)) return done(state);
      return done({
        ...state,
        hands: [
          ...state.hands,
          { participantId: ctx.participantId, name: ctx.name, raisedAt: ctx.now },
        ],
      });
    case 'hand.lower': {
      const who = command.participantId ?? ctx.participantId;
      return done({ ...state, hands: state.hands.filter((h) => h.participantId !== who) });
    }
    case 'hand.callNext': {
      const [next, ...rest] = state.hands;
      if (!next) return { ok: false, error: 'no_raised_hands' };
      return done({
        ...state,
        hands: rest,
        speaker: { participantId: next.participantId, name: next.name },
      });
    }
    case 'vote.start':
      if (state.vote?.status === 'open') return { ok: false, error: 'vote_open' };
      return done({
        ...state,
        vote: { ...command.settings, id: ctx.newId(), status: 'open', ballots: 0, results: null },
      });
    case 'vote.end':
      if (state.vote?.status !== 'open') return { ok: false, error: 'no_open_vote' };
      return done({
        ...state,
        vote: { ...state.vote, status: 'ended', results: tally(state.vote, ctx.ballots()) },
      });
    case 'notes.private':
      if (state.privateNotes) return { ok: false, error: 'private_notes_on' };
      return done({ ...state, privateNotes: { anonymous: command.anonymous } });
    case 'notes.reveal':
      if (!state.privateNotes) return { ok: false, error: 'no_private_notes' };
      return done({ ...state, privateNotes: null });
    case 'furigana.guests':
      return done({ ...state, furiganaForGuests: command.on });
    case 'vote.cast':
      // Ballots are private: the server's ballot box takes them, never the shared state.
      return { ok: false, error: 'invalid_payload' };
    case 'summon.start':
    case 'summon.end':
    case 'spotlight.set':
    case 'spotlight.clear':
      return applySummonCommand(state, command, ctx);
    default:
      return applyBreakoutCommand(state, command, ctx);
  }
}
