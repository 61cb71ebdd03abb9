import { describe, expect, it } from 'vitest';
import { applyCommand, type CommandContext, initialLiveState, type LiveState } from './liveState';
import type { MeetingView } from './summon';

const ctx = (now: number): CommandContext => ({
  participantId: 'f',
  name: '事務局 今井',
  agendaMinutes: [5],
  now,
  newId: () => 'id',
  ballots: () => [],
  steers: true,
  present: [],
  random: Math.random,
});

function summon(state: LiveState, view: MeetingView | null, now: number): LiveState {
  const result = applyCommand(
    state,
    view ? { type: 'summon.start', view } : { type: 'summon.end' },
    ctx(now),
  );
  if (!result.ok) throw new Error(result.error);
  return result.state;
}

describe('summon', () => {
  it('keeps when a summon began while the facilitator changes view, and starts anew after its end', () => {
    const first = summon(initialLiveState(), { section: 'notes', layout: 'list' }, 1_000);
    expect(first.summon).toEqual({
      view: { section: 'notes', layout: 'list' },
      byId: 'f',
      by: '事務局 今井',
      at: 1_000,
    });
    // A change of view is the same summon: whoever left it is not brought back.
    const changed = summon(first, { section: 'breakouts' }, 2_000);
    expect(changed.summon).toMatchObject({ view: { section: 'breakouts' }, at: 1_000 });
    const ended = summon(changed, null, 3_000);
    expect(ended.summon).toBeNull();
    expect(summon(ended, { section: 'vote' }, 4_000).summon?.at).toBe(4_000);
  });
});
