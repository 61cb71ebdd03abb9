import { type Actor, isContributor, isSecretariat, roleIn } from './actor';

// A council term (期) and what belongs to it: its subcommittees, its issue cards and their
// four-column document `cards:<termId>`. A closed term is read-only for everyone.
export type TermResource = { type: 'term'; id: string; councilId: string; closed: boolean };
// `edit`: the cards of the term and their entries; `manage`: the term itself and its 部会;
// `report`: make the term's 年次報告 (the council's own work, so not for guests; closed terms too).
export type TermAction = 'read' | 'edit' | 'manage' | 'report';

export const termPolicy: Record<TermAction, (actor: Actor, term: TermResource) => boolean> = {
  read: (actor, term) => roleIn(actor, term.councilId) !== undefined,
  edit: (actor, term) => !term.closed && isContributor(actor, term.councilId),
  manage: (actor, term) => !term.closed && isSecretariat(actor, term.councilId),
  report: (actor, term) => isContributor(actor, term.councilId),
};
