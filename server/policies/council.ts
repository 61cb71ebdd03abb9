import type { CouncilAction } from '../../shared/domain';
import { type Actor, isContributor, isSecretariat, roleIn } from './actor';

export type CouncilResource = { type: 'council'; id: string };
export type { CouncilAction };

export const councilPolicy: Record<
  CouncilAction,
  (actor: Actor, council: CouncilResource) => boolean
> = {
  read: (actor, council) => roleIn(actor, council.id) !== undefined,
  listMembers: (actor, council) => isContributor(actor, council.id),
  manageMembers: (actor, council) => isSecretariat(actor, council.id),
  invite: (actor, council) => isSecretariat(actor, council.id),
  createBoard: (actor, council) => isContributor(actor, council.id),
  createCase: (actor, council) => isContributor(actor, council.id),
  createMeeting: (actor, council) => isContributor(actor, council.id),
  // Case ids, membership and audit logs across the council, never case content.
  administerCases: (actor, council) => isSecretariat(actor, council.id),
  // Terms (期) are the secretariat's to open and close.
  manageTerms: (actor, council) => isSecretariat(actor, council.id),
  // From when two-step sign-in is required, and resetting a member's lost second factor.
  manageSecurity: (actor, council) => isSecretariat(actor, council.id),
  // The council's own readings (ふりがな) of place and agency names.
  manageReadings: (actor, council) => isSecretariat(actor, council.id),
};
