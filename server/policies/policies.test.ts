import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain';
import { type Actor, can } from './index';

const councilId = 'c1';
const otherCouncil = 'c2';
const actorWith = (role?: Role): Actor => ({
  userId: 'u1',
  roles: new Map(role ? [[councilId, role]] : []),
});
const council = { type: 'council', id: councilId } as const;
const board = { type: 'board', id: 'b1', councilId, archived: false } as const;
const archived = { ...board, archived: true };
const foreignBoard = { ...board, councilId: otherCouncil };

// Every row: [what, secretariat, member, guest, outsider]
const matrix: [string, (a: Actor) => boolean, boolean, boolean, boolean, boolean][] = [
  ['read council', (a) => can(a, 'read', council), true, true, true, false],
  ['list members', (a) => can(a, 'listMembers', council), true, true, false, false],
  ['manage members', (a) => can(a, 'manageMembers', council), true, false, false, false],
  ['invite', (a) => can(a, 'invite', council), true, false, false, false],
  ['create board', (a) => can(a, 'createBoard', council), true, true, false, false],
  ['read board', (a) => can(a, 'read', board), true, true, true, false],
  ['edit board', (a) => can(a, 'edit', board), true, true, false, false],
  ['rename board', (a) => can(a, 'update', board), true, true, false, false],
  ['edit archived board', (a) => can(a, 'edit', archived), false, false, false, false],
  ['read archived board', (a) => can(a, 'read', archived), true, true, true, false],
  ['read other council board', (a) => can(a, 'read', foreignBoard), false, false, false, false],
  ['edit other council board', (a) => can(a, 'edit', foreignBoard), false, false, false, false],
];

describe('policy matrix', () => {
  it.each(matrix)('%s', (_what, check, secretariat, member, guest, outsider) => {
    expect({
      secretariat: check(actorWith('secretariat')),
      member: check(actorWith('member')),
      guest: check(actorWith('guest')),
      outsider: check(actorWith()),
    }).toEqual({ secretariat, member, guest, outsider });
  });

  it('refuses everything to nobody', () => {
    expect(can(null, 'read', council)).toBe(false);
    expect(can(null, 'read', board)).toBe(false);
  });

  it('refuses an action the policy does not know', () => {
    expect(can(actorWith('secretariat'), 'destroy' as 'read', council)).toBe(false);
  });
});
