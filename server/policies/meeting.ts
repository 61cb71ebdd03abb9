import { type Actor, isContributor, isSecretariat, roleIn } from './actor';

export type MeetingResource = {
  type: 'meeting';
  id: string;
  councilId: string;
  facilitatorIds: readonly string[];
  closed: boolean;
};

// `read` is seeing the meeting and its live state; `participate` a person's own acts in it (hand,
// reaction); `facilitate` steering it (agenda, timer, calling speakers); `update` editing the
// meeting and its agenda; `manageGuests` making and revoking guest links.
export type MeetingAction = 'read' | 'participate' | 'facilitate' | 'update' | 'manageGuests';

/** A guest by link, for this meeting only, until the link expires. */
const isGuestOf = (actor: Actor, m: MeetingResource) =>
  actor.meetingGuest?.meetingId === m.id && actor.meetingGuest.expiresAt > Date.now();

const attends = (actor: Actor, m: MeetingResource) =>
  roleIn(actor, m.councilId) !== undefined || isGuestOf(actor, m);

// Facilitators are named members; the secretariat may always steer. Someone named who has since
// left the council (or become a guest) steers nothing.
const steers = (actor: Actor, m: MeetingResource) =>
  isSecretariat(actor, m.councilId) ||
  (m.facilitatorIds.includes(actor.userId) && isContributor(actor, m.councilId));

export const meetingPolicy: Record<MeetingAction, (actor: Actor, m: MeetingResource) => boolean> = {
  read: attends,
  participate: (actor, m) => !m.closed && attends(actor, m),
  facilitate: (actor, m) => !m.closed && steers(actor, m),
  update: (actor, m) => !m.closed && steers(actor, m),
  manageGuests: (actor, m) => !m.closed && steers(actor, m),
};
