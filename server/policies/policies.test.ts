import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain';
import { type Actor, type CaseSpaceResource, can } from './index';

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
const term = { type: 'term', id: 't1', councilId, closed: false } as const;
const closedTerm = { ...term, closed: true };
// The actor (u1) in each of the ways they can stand towards a case.
const caseWith = (
  me?: { pledged: boolean },
  extra: Partial<CaseSpaceResource> = {},
): CaseSpaceResource => ({
  type: 'caseSpace',
  id: 'k1',
  councilId,
  closed: false,
  locked: false,
  members: new Map([['someone-else', { pledged: true }], ...(me ? [['u1', me] as const] : [])]),
  ...extra,
});
const pledged = caseWith({ pledged: true });
const unpledged = caseWith({ pledged: false });
const nonMember = caseWith();
const closed = caseWith({ pledged: true }, { closed: true });
const locked = caseWith({ pledged: true }, { locked: true });

// Every row: [what, secretariat, member, guest, outsider]
const matrix: [string, (a: Actor) => boolean, boolean, boolean, boolean, boolean][] = [
  ['read council', (a) => can(a, 'read', council), true, true, true, false],
  ['list members', (a) => can(a, 'listMembers', council), true, true, false, false],
  ['manage members', (a) => can(a, 'manageMembers', council), true, false, false, false],
  ['invite', (a) => can(a, 'invite', council), true, false, false, false],
  ['manage security', (a) => can(a, 'manageSecurity', council), true, false, false, false],
  ['manage readings', (a) => can(a, 'manageReadings', council), true, false, false, false],
  ['create board', (a) => can(a, 'createBoard', council), true, true, false, false],
  ['read board', (a) => can(a, 'read', board), true, true, true, false],
  ['edit board', (a) => can(a, 'edit', board), true, true, false, false],
  ['rename board', (a) => can(a, 'update', board), true, true, false, false],
  ['edit archived board', (a) => can(a, 'edit', archived), false, false, false, false],
  ['read archived board', (a) => can(a, 'read', archived), true, true, true, false],
  ['read other council board', (a) => can(a, 'read', foreignBoard), false, false, false, false],
  ['edit other council board', (a) => can(a, 'edit', foreignBoard), false, false, false, false],
  ['create case', (a) => can(a, 'createCase', council), true, true, false, false],
  ['administer cases', (a) => can(a, 'administerCases', council), true, false, false, false],
  ['read case as pledged member', (a) => can(a, 'read', pledged), true, true, false, false],
  ['edit case as pledged member', (a) => can(a, 'edit', pledged), true, true, false, false],
  ['read case before the pledge', (a) => can(a, 'read', unpledged), false, false, false, false],
  ['pledge as member', (a) => can(a, 'pledge', unpledged), true, true, false, false],
  ['pledge twice', (a) => can(a, 'pledge', pledged), false, false, false, false],
  ['read case as non-member', (a) => can(a, 'read', nonMember), false, false, false, false],
  [
    'list case members as non-member',
    (a) => can(a, 'listMembers', nonMember),
    true,
    false,
    false,
    false,
  ],
  [
    'manage case members as non-member',
    (a) => can(a, 'manageMembers', nonMember),
    true,
    false,
    false,
    false,
  ],
  [
    'manage case members as member',
    (a) => can(a, 'manageMembers', pledged),
    true,
    true,
    false,
    false,
  ],
  [
    'view case audit as non-member',
    (a) => can(a, 'viewAudit', nonMember),
    true,
    false,
    false,
    false,
  ],
  ['view case audit as member', (a) => can(a, 'viewAudit', unpledged), true, true, false, false],
  ['delete case', (a) => can(a, 'delete', pledged), true, false, false, false],
  ['read closed case', (a) => can(a, 'read', closed), true, true, false, false],
  ['edit closed case', (a) => can(a, 'edit', closed), false, false, false, false],
  ['read locked case', (a) => can(a, 'read', locked), false, false, false, false],
  [
    'manage consent of locked case',
    (a) => can(a, 'manageConsent', locked),
    true,
    true,
    false,
    false,
  ],
  ['manage terms', (a) => can(a, 'manageTerms', council), true, false, false, false],
  ['read term and its cards', (a) => can(a, 'read', term), true, true, true, false],
  ['edit cards of a term', (a) => can(a, 'edit', term), true, true, false, false],
  ['manage a term and its 部会', (a) => can(a, 'manage', term), true, false, false, false],
  ['read closed term', (a) => can(a, 'read', closedTerm), true, true, true, false],
  ['edit cards of closed term', (a) => can(a, 'edit', closedTerm), false, false, false, false],
  ['manage closed term', (a) => can(a, 'manage', closedTerm), false, false, false, false],
  ['yearly report of a term', (a) => can(a, 'report', term), true, true, false, false],
  ['yearly report of closed term', (a) => can(a, 'report', closedTerm), true, true, false, false],
  [
    'read other council term',
    (a) => can(a, 'read', { ...term, councilId: otherCouncil }),
    false,
    false,
    false,
    false,
  ],
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
