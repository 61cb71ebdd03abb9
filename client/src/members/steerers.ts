import type { MemberView } from '../../../shared/api';

/**
 * The council's members and secretariat, without its guests: who can be chosen to chair a
 * meeting, own an action item or join a case. Which people may be chosen, not what the reader
 * may do (the server refuses a guest there itself).
 */
export function steerersOf(members: readonly MemberView[]): MemberView[] {
  // biome-ignore lint/plugin/noClientRoleComparison: who can be chosen, see above.
  return members.filter((m) => m.role !== 'guest');
}
