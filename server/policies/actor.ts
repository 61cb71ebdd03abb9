import type { Role } from '../../shared/domain';

/** Who is asking: a signed-in user and their role in each council they belong to. */
export type Actor = {
  userId: string;
  roles: ReadonlyMap<string, Role>;
  // Someone without an account who joined one meeting by its link: no council role at all, so
  // every other policy refuses them.
  meetingGuest?: MeetingGuest;
};

export type MeetingGuest = { meetingId: string; expiresAt: number };

export function roleIn(actor: Actor, councilId: string): Role | undefined {
  return actor.roles.get(councilId);
}

export function isSecretariat(actor: Actor, councilId: string): boolean {
  return roleIn(actor, councilId) === 'secretariat';
}

/** Members and the secretariat take part in the council's work; guests only look. */
export function isContributor(actor: Actor, councilId: string): boolean {
  const role = roleIn(actor, councilId);
  return role === 'secretariat' || role === 'member';
}
