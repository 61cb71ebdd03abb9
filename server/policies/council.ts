import { type Actor, isContributor, isSecretariat, roleIn } from './actor';

export type CouncilResource = { type: 'council'; id: string };
export type CouncilAction = 'read' | 'listMembers' | 'manageMembers' | 'invite' | 'createBoard';

export const councilPolicy: Record<
  CouncilAction,
  (actor: Actor, council: CouncilResource) => boolean
> = {
  read: (actor, council) => roleIn(actor, council.id) !== undefined,
  listMembers: (actor, council) => isContributor(actor, council.id),
  manageMembers: (actor, council) => isSecretariat(actor, council.id),
  invite: (actor, council) => isSecretariat(actor, council.id),
  createBoard: (actor, council) => isContributor(actor, council.id),
};
