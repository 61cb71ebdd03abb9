import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  type CommandContext,
  commandRole,
  initialLiveState,
  type LiveCommand,
  type LiveState,
  liveState,
  remainingMs,
} from './liveState';

const ctx = (now: number, participantId = 'a', name = 'A'): CommandContext => ({
  participantId,
  name,
  agendaMinutes: [5, 60],
  now,
  newId: () => 'vote-1',
  ballots: () => [],
  steers: true,
  present: [],
  random: Math.random,
});

function run(state: LiveState, command: LiveCommand, c: CommandContext): LiveState {
  const result = applyCommand(state, command, c);
  if (!result.ok) throw new Error(result.error);
  return result.state;
}

describe('live meeting state', () => {
  it('counts the timer from the server clock across start, pause and +1 min', () => {
    let s = run(initialLiveState(), { type: 'agenda.next' }, ctx(0));
    expect(remainingMs(s.timer, 1_000_000)).toBe(5 * 60_000);
    s = run(s, { type: 'timer.start' }, ctx(10_000));
    expect(remainingMs(s.timer, 70_000)).toBe(4 * 60_000);
    s = run(s, { type: 'timer.pause' }, ctx(70_000));
    expect(remainingMs(s.timer, 999_999)).toBe(4 * 60_000);
    s = run(s, { type: 'timer.add', minutes: 1 }, ctx(80_000));
    s = run(s, { type: 'timer.start' }, ctx(100_000));
    // Time over shows as a negative remainder.
    expect(remainingMs(s.timer, 100_000 + 5 * 60_000 + 1_000)).toBe(-1_000);
  });

  it('opens each item with its own time box, paused, and refuses items that do not exist', () => {
    let s = run(initialLiveState(), { type: 'agenda.goto', index: 1 }, ctx(0));
    expect(s.timer).toEqual({ durationMs: 60 * 60_000, elapsedMs: 0, runningSince: null });
    expect(applyCommand(s, { type: 'agenda.next' }, ctx(0))).toEqual({
      ok: false,
      error: 'no_such_item',
    });
    s = run(s, { type: 'agenda.previous' }, ctx(0));
    expect(s.currentIndex).toBe(0);
    expect(applyCommand(initialLiveState(), { type: 'timer.start' }, ctx(0)).ok).toBe(false);
  });

  it('keeps hands in the order raised, once each, and calls the first', () => {
    let s = run(initialLiveState(), { type: 'hand.raise' }, ctx(1, 'b', 'B'));
    s = run(s, { type: 'hand.raise' }, ctx(2, 'a', 'A'));
    s = run(s, { type: 'hand.raise' }, ctx(3, 'b', 'B'));
    expect(s.hands.map((h) => h.name)).toEqual(['B', 'A']);
    s = run(s, { type: 'hand.callNext' }, ctx(4));
    expect(s.speaker?.name).toBe('B');
    expect(s.hands.map((h) => h.name)).toEqual(['A']);
  });

  it('lets a person lower their own hand; lowering another is the facilitator’s', () => {
    expect(commandRole({ type: 'hand.lower' }, 'a')).toBe('participate');
    expect(commandRole({ type: 'hand.lower', participantId: 'a' }, 'a')).toBe('participate');
    expect(commandRole({ type: 'hand.lower', participantId: 'b' }, 'a')).toBe('facilitate');
    expect(commandRole({ type: 'timer.add', minutes: 5 }, 'a')).toBe('facilitate');
  });

  it('turns ふりがな on for guests by the facilitator only; a stored state without it has it off', () => {
    expect(commandRole({ type: 'furigana.guests', on: true }, 'a')).toBe('facilitate');
    const on = run(initialLiveState(), { type: 'furigana.guests', on: true }, ctx(0));
    expect(on.furiganaForGuests).toBe(true);
    expect(run(on, { type: 'furigana.guests', on: false }, ctx(1)).furiganaForGuests).toBe(false);
    const { furiganaForGuests: _, ...older } = initialLiveState();
    expect(liveState.parse(older).furiganaForGuests).toBe(false);
  });
});
