import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain';
import { commandRole, type LiveCommand } from '../../shared/meeting/liveState';
import {
  type Actor,
  can,
  type MeetingResource,
  type MinutesResource,
  type NoteWallResource,
} from './index';
import { meetingPolicy } from './meeting';
import { minutesPolicy } from './minutes';
import { noteWallPolicy } from './noteWall';

const councilId = 'c1';
const meeting: MeetingResource = {
  type: 'meeting',
  id: 'm1',
  councilId,
  facilitatorIds: ['facilitator'],
  closed: false,
  guestsMay: { vote: false, notes: false },
};
const closed = { ...meeting, closed: true };
const guestsAllowed = { ...meeting, guestsMay: { vote: true, notes: true } };
const otherMeeting = { ...meeting, id: 'm2' };
const council = { type: 'council', id: councilId } as const;
const wall = (m: MeetingResource): NoteWallResource => ({
  type: 'noteWall',
  id: m.id,
  councilId,
  meeting: m,
});

const minutes = (m: MeetingResource): MinutesResource => ({
  type: 'minutes',
  id: m.id,
  councilId,
  meeting: m,
});

/** Whether the actor may send this live command, decided as the live server decides it. */
const mayCommand = (command: LiveCommand, m: MeetingResource) => (a: Actor) =>
  can(a, commandRole(command, a.userId), m);

const person = (userId: string, role?: Role): Actor => ({
  userId,
  roles: new Map(role ? [[councilId, role]] : []),
});
const guest = (expiresIn: number): Actor => ({
  userId: 'guest-1',
  roles: new Map(),
  meetingGuest: { meetingId: 'm1', expiresAt: Date.now() + expiresIn },
});
const actors = {
  secretariat: person('sec', 'secretariat'),
  facilitator: person('facilitator', 'member'),
  member: person('member', 'member'),
  guestWithLink: guest(60_000),
  expiredLink: guest(-1),
  otherCouncil: { userId: 'facilitator', roles: new Map([['c2', 'secretariat' as Role]]) },
};
type Who = keyof typeof actors;
const WHO = Object.keys(actors) as Who[];

// Every row: what, then [secretariat, facilitator, member, guest with link, expired link, other council]
const matrix: [string, (a: Actor) => boolean, boolean[]][] = [
  [
    'create a meeting',
    (a) => can(a, 'createMeeting', council),
    [true, true, true, false, false, false],
  ],
  ['read a meeting', (a) => can(a, 'read', meeting), [true, true, true, true, false, false]],
  ['raise a hand', (a) => can(a, 'participate', meeting), [true, true, true, true, false, false]],
  [
    'move the agenda, run the timer',
    (a) => can(a, 'facilitate', meeting),
    [true, true, false, false, false, false],
  ],
  ['cast dots in a vote', (a) => can(a, 'vote', meeting), [true, true, true, false, false, false]],
  [
    'cast dots where guests may vote',
    (a) => can(a, 'vote', guestsAllowed),
    [true, true, true, true, false, false],
  ],
  [
    'cast dots in a closed meeting',
    (a) => can(a, 'vote', { ...guestsAllowed, closed: true }),
    [false, false, false, false, false, false],
  ],
  ['add a note', (a) => can(a, 'addNote', meeting), [true, true, true, false, false, false]],
  [
    'add a note where guests may',
    (a) => can(a, 'addNote', guestsAllowed),
    [true, true, true, true, false, false],
  ],
  [
    'see the note wall',
    (a) => can(a, 'read', wall(meeting)),
    [true, true, true, true, false, false],
  ],
  [
    'write on the note wall',
    (a) => can(a, 'edit', wall(meeting)),
    [true, true, true, false, false, false],
  ],
  [
    'write on the note wall where guests may add notes',
    (a) => can(a, 'edit', wall(guestsAllowed)),
    [true, true, true, true, false, false],
  ],
  [
    'write on a closed meeting’s note wall',
    (a) => can(a, 'edit', wall({ ...guestsAllowed, closed: true })),
    [false, false, false, false, false, false],
  ],
  [
    'see another meeting’s note wall',
    (a) => can(a, 'read', wall(otherMeeting)),
    [true, true, true, false, false, false],
  ],
  [
    'start or end a vote, reveal notes, send to a card',
    (a) => can(a, 'facilitate', guestsAllowed),
    [true, true, false, false, false, false],
  ],
  [
    'split into small groups, message all groups, put someone in a group, call everyone back',
    (a) => can(a, 'facilitate', guestsAllowed),
    [true, true, false, false, false, false],
  ],
  [
    'summon.start: bring everyone to one’s view',
    mayCommand({ type: 'summon.start', view: { section: 'notes', layout: 'list' } }, guestsAllowed),
    [true, true, false, false, false, false],
  ],
  [
    'summon.end',
    mayCommand({ type: 'summon.end' }, guestsAllowed),
    [true, true, false, false, false, false],
  ],
  [
    'spotlight.set: a card or an agency',
    mayCommand(
      {
        type: 'spotlight.set',
        target: { kind: 'card', ref: '00000000-0000-4000-8000-000000000001', label: 'C' },
      },
      guestsAllowed,
    ),
    [true, true, false, false, false, false],
  ],
  [
    'spotlight.clear',
    mayCommand({ type: 'spotlight.clear' }, guestsAllowed),
    [true, true, false, false, false, false],
  ],
  [
    'summon or spotlight in a closed meeting',
    (a) =>
      mayCommand({ type: 'summon.end' }, closed)(a) ||
      mayCommand({ type: 'spotlight.clear' }, closed)(a),
    [false, false, false, false, false, false],
  ],
  [
    'run one’s own small group’s timer, say one’s field',
    (a) => can(a, 'participate', meeting),
    [true, true, true, true, false, false],
  ],
  [
    'small groups in a closed meeting',
    (a) => can(a, 'participate', closed) || can(a, 'facilitate', closed),
    [false, false, false, false, false, false],
  ],
  [
    'edit meeting and agenda',
    (a) => can(a, 'update', meeting),
    [true, true, false, false, false, false],
  ],
  [
    'manage guest links',
    (a) => can(a, 'manageGuests', meeting),
    [true, true, false, false, false, false],
  ],
  [
    'read a closed meeting (a guest’s session ends with it)',
    (a) => can(a, 'read', closed),
    [true, true, true, false, false, false],
  ],
  [
    'raise a hand in a closed meeting',
    (a) => can(a, 'participate', closed),
    [false, false, false, false, false, false],
  ],
  [
    'steer a closed meeting',
    (a) => can(a, 'facilitate', closed),
    [false, false, false, false, false, false],
  ],
  [
    'edit a closed meeting',
    (a) => can(a, 'update', closed),
    [false, false, false, false, false, false],
  ],
  [
    'read another meeting of the council',
    (a) => can(a, 'read', otherMeeting),
    [true, true, true, false, false, false],
  ],
  [
    'read the minutes',
    (a) => can(a, 'read', minutes(meeting)),
    [true, true, true, true, false, false],
  ],
  [
    'write the minutes',
    (a) => can(a, 'edit', minutes(guestsAllowed)),
    [true, true, true, false, false, false],
  ],
  [
    'read a closed meeting’s minutes',
    (a) => can(a, 'read', minutes(closed)),
    [true, true, true, false, false, false],
  ],
  [
    'write a closed meeting’s minutes',
    (a) => can(a, 'edit', minutes(closed)),
    [false, false, false, false, false, false],
  ],
  ['close the meeting', (a) => can(a, 'close', meeting), [true, true, false, false, false, false]],
  [
    'close a closed meeting again (finishing an interrupted close)',
    (a) => can(a, 'close', closed),
    [true, true, false, false, false, false],
  ],
  [
    'read the council (members, boards)',
    (a) => can(a, 'read', council),
    [true, true, true, false, false, false],
  ],
  [
    'list council members',
    (a) => can(a, 'listMembers', council),
    [true, true, true, false, false, false],
  ],
];

describe('meeting policy matrix', () => {
  it.each(matrix)('%s', (_what, check, expected) => {
    const got = Object.fromEntries(WHO.map((who) => [who, check(actors[who])]));
    expect(got).toEqual(Object.fromEntries(WHO.map((who, i) => [who, expected[i]])));
  });

  it('gives an expired link nothing: every meeting, note wall and minutes action', () => {
    const expired = actors.expiredLink;
    for (const m of [meeting, guestsAllowed, closed]) {
      for (const action of Object.keys(meetingPolicy) as (keyof typeof meetingPolicy)[]) {
        expect(can(expired, action, m), `${action} ${JSON.stringify(m)}`).toBe(false);
      }
      for (const action of Object.keys(noteWallPolicy) as (keyof typeof noteWallPolicy)[]) {
        expect(can(expired, action, wall(m)), `note wall ${action}`).toBe(false);
      }
      for (const action of Object.keys(minutesPolicy) as (keyof typeof minutesPolicy)[]) {
        expect(can(expired, action, minutes(m)), `minutes ${action}`).toBe(false);
      }
    }
    // The same guest while the link is valid may read: the test above is not vacuous.
    expect(can(actors.guestWithLink, 'read', meeting)).toBe(true);
  });

  it('refuses a named facilitator who is now only a council guest', () => {
    expect(can(person('facilitator', 'guest'), 'facilitate', meeting)).toBe(false);
    expect(can(person('facilitator', 'guest'), 'close', meeting)).toBe(false);
    expect(can(person('facilitator', 'guest'), 'edit', minutes(meeting))).toBe(false);
  });
});
