// Adding agencies together with the ties between them (a paste, a copy from another board) as
// one transaction, so one undo takes the whole group back.
import type * as Y from 'yjs';
import type { Result } from '../issues/fieldIssue';
import type { Agency, AgencyInput } from './agency';
import { addAgencies, removeAgencies } from './documentAgencies';
import { addTies } from './documentTies';
import type { Tie, TieInput } from './tie';

export type AddedGroup = { agencies: Agency[]; ties: Tie[] };

/**
 * Validates and adds the agencies, then the ties (which may refer to the new agencies' ids), in
 * one transaction; all or nothing. Tie issues are prefixed `ties.` to tell them apart.
 */
export function addAgenciesWithTies(
  doc: Y.Doc,
  agencies: readonly AgencyInput[],
  ties: readonly TieInput[],
  origin: unknown = null,
): Result<AddedGroup> {
  let result: Result<AddedGroup> = { ok: false, issues: [] };
  doc.transact(() => {
    const added = addAgencies(doc, agencies, origin);
    if (!added.ok) {
      result = added;
      return;
    }
    const tied = addTies(doc, ties, origin);
    if (tied.ok) {
      result = { ok: true, value: { agencies: added.value, ties: tied.value } };
      return;
    }
    // Ties are only checked once their agencies exist; take those back in the same transaction
    // so the document ends as it began.
    removeAgencies(
      doc,
      added.value.map((a) => a.id),
      origin,
    );
    result = {
      ok: false,
      issues: tied.issues.map((issue) => ({ ...issue, path: `ties.${issue.path}` })),
    };
  }, origin);
  return result;
}
