import { type Actor, isContributor, isSecretariat, roleIn } from './actor';

export type MeetingResource = {
  type: 'meeting';
  id: string;
  councilId: string;
  facilitatorIds: readonly string[];
  closed: boolean;
  // What the facilitator lets guests by link do besides raising a hand.
  guestsMay: { vote: boolean; notes: boolean };
};

// `read` is seeing the meeting and its live state; `participate` a person's own acts in it (hand,
// reaction, one's field, one's small group's timer); `vote` casting one's dots; `addNote` writing
// on the note wall; `facilitate` steering it (agenda, timer, calling speakers, starting and ending
// votes, splitting into small groups, messaging and calling them back); `update` editing the
// meeting and its agenda; `manageGuests` making and revoking guest links and saying what guests
// may do; `close` closing it (its minutes freeze, their action items go on their cards): allowed
// on a closed meeting too, where it finishes what an interrupted close left undone and changes
// nothing else.
export type MeetingAction =
  | 'read'
  | 'participate'
  | 'vote'
  | 'addNote'
  | 'facilitate'
  | 'update'
  | 'manageGuests'
  | 'close';

/** A guest by link, for this meeting only, until the link expires. */
const isGuestOf = (actor: Actor, m: MeetingResource) =>
  actor.meetingGuest?.meetingId === m.id && actor.meetingGuest.expiresAt > Date.now();

const inCouncil = (actor: Actor, m: MeetingResource) => roleIn(actor, m.councilId) !== undefined;
// A guest's session ends with the meeting: once it is closed, only the council's people read it.
const attends = (actor: Actor, m: MeetingResource) =>
  inCouncil(actor, m) || (!m.closed && isGuestOf(actor, m));
/** An act the council's people may do in an open meeting, and guests only when allowed. */
const guestsIf =
  (right: keyof MeetingResource['guestsMay']) => (actor: Actor, m: MeetingResource) =>
    !m.closed && (inCouncil(actor, m) || (isGuestOf(actor, m) && m.guestsMay[right]));

// Facilitators are named members; the secretariat may always steer. Someone named who has since
// left the council (or become a guest) steers nothing.
const steers = (actor: Actor, m: MeetingResource) =>
  isSecretariat(actor, m.councilId) ||
  (m.facilitatorIds.includes(actor.userId) && isContributor(actor, m.councilId));

export const meetingPolicy: Record<MeetingAction, (actor: Actor, m: MeetingResource) => boolean> = {
  read: attends,
  participate: (actor, m) => !m.closed && attends(actor, m),
  vote: guestsIf('vote'),
  addNote: guestsIf('notes'),
  facilitate: (actor, m) => !m.closed && steers(actor, m),
  update: (actor, m) => !m.closed && steers(actor, m),
  manageGuests: (actor, m) => !m.closed && steers(actor, m),
  close: steers,
};
