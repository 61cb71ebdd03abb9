import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { ACTION_TITLE_MAX } from '../../shared/case/actionItem';
import { addActionItem } from '../../shared/case/document';
import type { ActionItem } from '../../shared/meeting/minutes';
import { auditCase, caseFor } from '../cases/requestCase';
import { caseDocName } from '../cases/store';
import type { Db } from '../db/client';
import { meetingCaseActions } from '../db/schema';
import { HttpError } from '../http/errors';
import type { DocumentEditor } from '../realtime/storedDocuments';
import type { Placement } from './cardActions';
import type { MeetingRow } from './store';

// Action items of a meeting's minutes written into case spaces' plans when the meeting closes.
// The minutes keep only a case's id (everyone at the meeting reads them, guests too); the one
// closing the meeting writes into a case only if they may edit it now, through the same check as
// opening it over HTTP (membership, pledge, second step, consent, idle limit), and each write is in
// the case's audit log. The entry in the case has the action item's own id, so an interrupted
// close finished later, or two closes at once, write it once.

const ORIGIN = 'meeting-close';

// A case's action title is shorter than a minutes' action item; the whole text stays in the minutes.
const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * Places each action item that names a case space into that case's plan, as the person whose
 * request closes the meeting. Items placed by an earlier close are left alone.
 */
export async function placeCaseActions(
  db: Db,
  documents: DocumentEditor,
  request: FastifyRequest,
  meeting: MeetingRow,
  actions: readonly ActionItem[],
  idleLimitMs: number,
): Promise<Placement> {
  const placed: string[] = [];
  const refused: string[] = [];
  const done = await placedCaseItemIds(db, meeting.id);
  for (const action of actions) {
    if (!action.caseId || done.has(action.id)) continue;
    const allowed = await caseFor(db, request, action.caseId, 'edit', idleLimitMs).catch(
      (error: unknown) => {
        if (error instanceof HttpError) return null;
        throw error;
      },
    );
    if (!allowed || allowed.loaded.row.councilId !== meeting.councilId) {
      refused.push(action.id);
      continue;
    }
    let written = false;
    await documents.change(caseDocName(action.caseId), (doc) => {
      const added = addActionItem(
        doc,
        {
          id: action.id,
          title: clip(action.text, ACTION_TITLE_MAX),
          owner: action.ownerName,
          due: action.due,
          status: 'open',
          meetingId: meeting.id,
        },
        ORIGIN,
      );
      // A duplicate id means an earlier close wrote it and stopped before recording so.
      written = added.ok || added.issues.some((issue) => issue.code === 'duplicateId');
    });
    if (!written) {
      refused.push(action.id);
      continue;
    }
    await db
      .insert(meetingCaseActions)
      .values({
        meetingId: meeting.id,
        itemId: action.id,
        caseId: action.caseId,
        createdBy: allowed.actor.userId,
      })
      .onConflictDoNothing();
    await auditCase(db, request, allowed.loaded, 'case.actionFromMeeting', {
      meetingId: meeting.id,
    });
    placed.push(action.id);
  }
  return { placed, refused };
}

/** The ids of a meeting's action items already in their case spaces. */
export async function placedCaseItemIds(db: Db, meetingId: string): Promise<Set<string>> {
  const rows = await db
    .select({ itemId: meetingCaseActions.itemId })
    .from(meetingCaseActions)
    .where(eq(meetingCaseActions.meetingId, meetingId));
  return new Set(rows.map((r) => r.itemId));
}
