// A big board made up the same way on every run (a fixed seed): the board benchmark measures it
// and the browser tests open a smaller one to check what only big boards do.
import * as Y from 'yjs';
import type { AgencyInput } from '../../shared/board/agency';
import { addAgencies, addTies } from '../../shared/board/document';
import type { TieInput } from '../../shared/board/tie';
import { FIELDS, HUB_FUNCTIONS, LAYERS, SUPPORT_NEEDS, TIE_KINDS } from '../../shared/domain';

/**
 * A board of `agencies` agencies (ids a0, a1, …; in turn on each layer, so each lane holds one
 * row) and `ties` ties between random pairs.
 */
export function generateBoard(agencies: number, ties: number): Y.Doc {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], n: number): T[] => [
    ...new Set(Array.from({ length: n }, () => pick(list))),
  ];
  const doc = new Y.Doc();
  const inputs: AgencyInput[] = Array.from({ length: agencies }, (_, i) => ({
    id: `a${i}`,
    name: `事業所${i + 1} ${pick(['相談支援センター', 'グループホーム', '訪問看護', '子ども食堂', '地域活動支援センター'])}`,
    layer: LAYERS[i % LAYERS.length] as AgencyInput['layer'],
    fields: some(FIELDS, 2),
    hubFunctions: some(HUB_FUNCTIONS, 2),
    supportNeeds: some(SUPPORT_NEEDS, 3),
  }));
  const added = addAgencies(doc, inputs);
  if (!added.ok) throw new Error(JSON.stringify(added.issues));
  // One call for all ties: each call checks the new ties against every tie already there.
  const pairs = new Map<string, TieInput>();
  while (pairs.size < ties) {
    const from = Math.floor(random() * agencies);
    const to = Math.floor(random() * agencies);
    if (from === to) continue;
    pairs.set(`${Math.min(from, to)}-${Math.max(from, to)}`, {
      from: `a${from}`,
      to: `a${to}`,
      kind: pick(TIE_KINDS),
    });
  }
  const tied = addTies(doc, [...pairs.values()]);
  if (!tied.ok) throw new Error(JSON.stringify(tied.issues));
  return doc;
}
