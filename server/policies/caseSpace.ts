import { type Actor, isContributor, isSecretariat } from './actor';

export type CaseSpaceResource = {
  type: 'caseSpace';
  id: string;
  councilId: string;
  closed: boolean;
  // A withdrawn consent locks the space: nobody sees the content until consent is given again.
  locked: boolean;
  // Members and whether each has confirmed the confidentiality pledge (守秘義務).
  members: ReadonlyMap<string, { pledged: boolean }>;
};

export type CaseSpaceAction =
  | 'read'
  | 'edit'
  | 'pledge'
  | 'listMembers'
  | 'manageMembers'
  | 'confirmMember'
  | 'manageConsent'
  | 'viewAudit'
  | 'close'
  | 'delete';

const member = (actor: Actor, c: CaseSpaceResource) => {
  const m = c.members.get(actor.userId);
  // A member who has left the council loses the case with it.
  return m && isContributor(actor, c.councilId) ? m : undefined;
};
const pledgedMember = (actor: Actor, c: CaseSpaceResource) => member(actor, c)?.pledged === true;

// The secretariat manages who is in a case and sees its audit log, but reads no content unless
// they are a member themselves.
export const caseSpacePolicy: Record<
  CaseSpaceAction,
  (actor: Actor, c: CaseSpaceResource) => boolean
> = {
  read: (actor, c) => pledgedMember(actor, c) && !c.locked,
  edit: (actor, c) => pledgedMember(actor, c) && !c.locked && !c.closed,
  pledge: (actor, c) => member(actor, c)?.pledged === false,
  listMembers: (actor, c) => pledgedMember(actor, c) || isSecretariat(actor, c.councilId),
  manageMembers: (actor, c) =>
    !c.closed && (pledgedMember(actor, c) || isSecretariat(actor, c.councilId)),
  // Letting a secretariat account into a case takes a member who already reads it.
  confirmMember: (actor, c) => pledgedMember(actor, c) && !c.closed,
  manageConsent: (actor, c) => pledgedMember(actor, c) && !c.closed,
  viewAudit: (actor, c) => member(actor, c) !== undefined || isSecretariat(actor, c.councilId),
  close: (actor, c) => pledgedMember(actor, c) && !c.closed,
  delete: (actor, c) => isSecretariat(actor, c.councilId),
};
