// Every key of the client's server-data cache (useApiData), in one place. Keys nest: what
// belongs to a council, board, case, term, card or meeting starts with that thing's key, so
// invalidating it (after a change) asks again for everything shown about it.

const council = (councilId: string) => ['council', councilId] as const;
const board = (boardId: string) => ['board', boardId] as const;
const caseKey = (caseId: string) => ['case', caseId] as const;
const term = (termId: string) => ['term', termId] as const;
const card = (cardId: string) => ['card', cardId] as const;
const meeting = (meetingId: string) => ['meeting', meetingId] as const;

export const queryKeys = {
  status: ['status'] as const,
  invitation: (token: string) => ['invitation', token] as const,
  guestLink: (token: string) => ['guestLink', token] as const,
  secondFactor: ['me', 'secondFactor'] as const,
  /** The same, asked again on each page (the reminder under the header goes once it is set up). */
  secondFactorOn: (pathname: string) => ['me', 'secondFactor', pathname] as const,
  passkeys: ['me', 'passkeys'] as const,

  council,
  members: (councilId: string) => [...council(councilId), 'members'] as const,
  invitations: (councilId: string) => [...council(councilId), 'invitations'] as const,
  security: (councilId: string) => [...council(councilId), 'security'] as const,
  boards: (councilId: string) => [...council(councilId), 'boards'] as const,
  cases: (councilId: string) => [...council(councilId), 'cases'] as const,
  casesAdmin: (councilId: string) => [...council(councilId), 'cases', 'admin'] as const,
  councilAudit: (councilId: string) => [...council(councilId), 'audit'] as const,
  raisedIssues: (councilId: string) => [...council(councilId), 'raisedIssues'] as const,
  terms: (councilId: string) => [...council(councilId), 'terms'] as const,
  citableAgencies: (councilId: string) => [...council(councilId), 'citableAgencies'] as const,
  meetings: (councilId: string) => [...council(councilId), 'meetings'] as const,
  /** What several councils show together (the person's councils): asked for as one. */
  ofCouncils: (what: 'boards' | 'members', councilIds: readonly string[]) =>
    ['councils', what, ...councilIds] as const,

  board,
  /** The import settings the council saved, offered on a board's import. */
  importPresets: (boardId: string) => [...board(boardId), 'importPresets'] as const,
  agencyCards: (boardId: string, agencyId: string) =>
    [...board(boardId), 'agency', agencyId, 'cards'] as const,

  case: caseKey,
  caseMembers: (caseId: string) => [...caseKey(caseId), 'members'] as const,
  caseMemberRequests: (caseId: string) => [...caseKey(caseId), 'memberRequests'] as const,
  caseConsents: (caseId: string) => [...caseKey(caseId), 'consents'] as const,
  caseAudit: (caseId: string) => [...caseKey(caseId), 'audit'] as const,

  term,
  snapshots: (termId: string) => [...term(termId), 'snapshots'] as const,
  snapshot: (termId: string, boardId: string) => [...term(termId), 'snapshots', boardId] as const,
  hubCoverage: (termId: string) => [...term(termId), 'hubCoverage'] as const,
  yearlyReport: (termId: string) => [...term(termId), 'report'] as const,
  proposal: (termId: string, subcommitteeId: string) =>
    [...term(termId), 'proposal', subcommitteeId] as const,

  card,
  cardHistory: (cardId: string) => [...card(cardId), 'history'] as const,
  cardMeetings: (cardId: string) => [...card(cardId), 'meetings'] as const,
  cardMeetingActions: (cardId: string) => [...card(cardId), 'meetingActions'] as const,

  meeting,
  guestLinks: (meetingId: string) => [...meeting(meetingId), 'guestLinks'] as const,
  minutes: (meetingId: string) => [...meeting(meetingId), 'minutes'] as const,
  /** The cards of a council's current term a facilitator may send notes to. */
  cardTargets: (councilId: string) => [...council(councilId), 'cardTargets'] as const,
};
