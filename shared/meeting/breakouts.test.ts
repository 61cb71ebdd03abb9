import { describe, expect, it } from 'vitest';
import { groupOf, type Present, splitGroups } from './breakouts';
import {
  applyCommand,
  type CommandContext,
  initialLiveState,
  type LiveCommand,
  type LiveState,
  remainingMs,
} from './liveState';

const people = (n: number, steers = false): Present[] =>
  Array.from({ length: n }, (_, i) => ({ participantId: `p${i}`, name: `P${i}`, steers }));
const facilitator: Present = { participantId: 'f', name: 'F', steers: true };

let ids = 0;
const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
  participantId: 'f',
  name: 'F',
  agendaMinutes: [5],
  now: 1_000,
  newId: () => `g${ids++}`,
  ballots: () => [],
  steers: true,
  present: [facilitator, ...people(5)],
  random: Math.random,
  ...over,
});

function run(state: LiveState, command: LiveCommand, c = ctx()): LiveState {
  const result = applyCommand(state, command, c);
  if (!result.ok) throw new Error(result.error);
  return result.state;
}

const memberIds = (groups: { members: { participantId: string }[] }[]) =>
  groups.map((g) => g.members.map((m) => m.participantId).sort());

describe('small groups', () => {
  it('splits at random into groups whose sizes differ by one at most, without the facilitator', () => {
    const groups = splitGroups(
      { mode: 'random', count: 3 },
      [facilitator, ...people(7)],
      {},
      Math.random,
    );
    if (typeof groups === 'string') throw new Error(groups);
    expect(groups.map((g) => g.members.length).sort()).toEqual([2, 2, 3]);
    expect(memberIds(groups).flat().sort()).toEqual(
      people(7)
        .map((p) => p.participantId)
        .sort(),
    );
    // More groups asked for than people: one each.
    const few = splitGroups({ mode: 'random', count: 10 }, people(2), {}, Math.random);
    expect(typeof few !== 'string' && few.length).toBe(2);
    expect(splitGroups({ mode: 'random', count: 2 }, [facilitator], {}, Math.random)).toBe(
      'no_participants',
    );
  });

  it('splits by field: a group per field, or mixed so each group holds several fields', () => {
    const fields = {
      p0: 'child',
      p1: 'child',
      p2: 'elderly',
      p3: 'elderly',
      p4: 'disability',
    } as const;
    const same = splitGroups(
      { mode: 'field', mix: 'same', count: 2 },
      people(6),
      fields,
      Math.random,
    );
    if (typeof same === 'string') throw new Error(same);
    expect(same.map((g) => g.field)).toEqual(['child', 'disability', 'elderly', null]);
    expect(memberIds(same)).toEqual([['p0', 'p1'], ['p4'], ['p2', 'p3'], ['p5']]);
    const mixed = splitGroups(
      { mode: 'field', mix: 'mixed', count: 2 },
      people(4),
      fields,
      Math.random,
    );
    if (typeof mixed === 'string') throw new Error(mixed);
    for (const g of memberIds(mixed)) {
      expect(new Set(g.map((id) => fields[id as keyof typeof fields])).size).toBe(2);
    }
  });

  it('splits by hand, only people present and each once', () => {
    const present = [facilitator, ...people(3)];
    expect(
      splitGroups({ mode: 'hand', groups: [['p0', 'f'], ['p1'], []] }, present, {}, Math.random),
    ).toEqual([
      {
        field: null,
        members: [
          { participantId: 'p0', name: 'P0' },
          { participantId: 'f', name: 'F' },
        ],
      },
      { field: null, members: [{ participantId: 'p1', name: 'P1' }] },
      { field: null, members: [] },
    ]);
    expect(splitGroups({ mode: 'hand', groups: [['x']] }, present, {}, Math.random)).toBe(
      'unknown_participant',
    );
    expect(splitGroups({ mode: 'hand', groups: [['p0'], ['p0']] }, present, {}, Math.random)).toBe(
      'participant_twice',
    );
  });

  it('runs a round: group timers, a message, a latecomer assigned, call back; a new round keeps the old groups named', () => {
    let s = run(initialLiveState(), {
      type: 'breakout.start',
      split: { mode: 'random', count: 2 },
      minutes: 10,
    });
    const round = s.breakouts;
    if (!round) throw new Error('no round');
    expect(round).toMatchObject({ round: 1, status: 'open', message: null });
    const [first, second] = round.groups;
    if (!first || !second) throw new Error('two groups');
    expect(remainingMs(first.timer, 61_000)).toBe(9 * 60_000);
    const inFirst = first.members[0]?.participantId ?? '';
    const member = (participantId: string) => ctx({ participantId, steers: false, now: 61_000 });
    // A member runs their own group's timer, not another's.
    s = run(s, { type: 'breakout.timer', groupId: first.id, op: 'pause' }, member(inFirst));
    expect(
      applyCommand(s, { type: 'breakout.timer', groupId: second.id, op: 'pause' }, member(inFirst)),
    ).toEqual({ ok: false, error: 'not_in_group' });
    expect(s.breakouts?.groups[0]?.timer.runningSince).toBeNull();
    expect(remainingMs(s.breakouts?.groups[0]?.timer ?? first.timer, 999_999)).toBe(9 * 60_000);

    s = run(s, { type: 'breakout.message', text: 'あと5分です' }, ctx({ now: 2_000 }));
    expect(s.breakouts?.message).toEqual({ text: 'あと5分です', sentAt: 2_000 });
    expect(groupOf(s.breakouts, inFirst)?.id).toBe(first.id);
    s = run(s, { type: 'breakout.assign', participantId: inFirst, groupId: second.id });
    expect(groupOf(s.breakouts, inFirst)?.id).toBe(second.id);
    expect(
      applyCommand(
        s,
        { type: 'breakout.start', split: { mode: 'random', count: 2 }, minutes: 5 },
        ctx(),
      ),
    ).toEqual({ ok: false, error: 'breakouts_open' });

    s = run(s, { type: 'breakout.callBack' }, ctx({ now: 5_000 }));
    expect(s.breakouts?.status).toBe('calledBack');
    expect(s.breakouts?.groups.every((g) => g.timer.runningSince === null)).toBe(true);
    expect(groupOf(s.breakouts, inFirst)).toBeUndefined();
    expect(applyCommand(s, { type: 'breakout.message', text: 'x' }, ctx())).toEqual({
      ok: false,
      error: 'no_breakouts',
    });

    s = run(s, { type: 'breakout.start', split: { mode: 'random', count: 2 }, minutes: 5 });
    expect(s.breakouts?.round).toBe(2);
    expect(s.pastGroups.map((g) => [g.id, g.round, g.number])).toEqual([
      [first.id, 1, 1],
      [second.id, 1, 2],
    ]);
  });

  it("keeps each person's field, set and cleared by themselves", () => {
    let s = run(
      initialLiveState(),
      { type: 'participant.field', field: 'elderly' },
      ctx({ participantId: 'p1' }),
    );
    expect(s.fields).toEqual({ p1: 'elderly' });
    s = run(s, { type: 'participant.field', field: null }, ctx({ participantId: 'p1' }));
    expect(s.fields).toEqual({});
  });
});
