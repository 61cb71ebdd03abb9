// The minutes (議事録) of a meeting, the Yjs document `minutes:<meetingId>`:
//   Y.Map 'notes':     agenda item id, or 'general' → Y.Text: what was said, co-written and merged
//                      character by character (two people typing in one item both keep their words)
//   Y.Map 'decisions': id → Y.Map { text, itemId?, createdAt }
//   Y.Map 'actions':   id → Y.Map { text, ownerId?, ownerName?, due?, cardId?, cardLabel?,
//                      caseId?, itemId?, createdAt }
// A note's Y.Text is made once per item by the first editor to open the minutes after syncing
// (ensureNoteTexts), before anyone types: two made at once are both empty, so the one Yjs keeps
// loses nothing. Decisions and action items are entries of the generic collections. An action
// item with a card is placed on that card when the meeting closes (server/meetings/cardActions.ts),
// one with a case space in that case's plan (server/meetings/caseActions.ts).
import * as Y from 'yjs';
import { z } from 'zod';
import { addEntry, type Collection, readAll, removeEntries, updateEntry } from '../case/collection';
import { optionalIsoDate } from '../case/fields';
import { entryId, optionalText, requiredText } from '../document/fieldSchemas';
import type { FieldIssue, Result } from '../issues/fieldIssue';
import { hasControlCharacters } from '../issues/text';

export const minutesDocName = (meetingId: string): string => `minutes:${meetingId}`;

/** The notes not under one agenda item (opening remarks, other business). */
export const GENERAL_NOTES = 'general';
export const NOTE_KEY = z.union([z.literal(GENERAL_NOTES), z.string().uuid()]);

export const NOTES_TEXT_MAX = 20_000;
export const DECISION_TEXT_MAX = 500;
export const ACTION_TEXT_MAX = 300;
/** Decisions and action items together. */
export const MAX_MINUTES_ENTRIES = 500;

const itemId = NOTE_KEY.optional();

export const decisionSchema = z.object({
  id: entryId,
  text: requiredText(DECISION_TEXT_MAX, { multiline: true }),
  itemId,
  createdAt: z.number().int().nonnegative(),
});
export type Decision = z.infer<typeof decisionSchema>;

export const actionItemSchema = z.object({
  id: entryId,
  text: requiredText(ACTION_TEXT_MAX),
  // A council member (the server keeps the name as written if they are not one when it closes).
  ownerId: z.string().uuid().optional(),
  ownerName: optionalText(100),
  due: optionalIsoDate(),
  // The issue card the action goes on (one the agenda links to), and its label as shown.
  cardId: z.string().uuid().optional(),
  cardLabel: optionalText(120),
  // The case space whose plan the action goes into (one the writer is a member of). Only the id:
  // the minutes are read by everyone at the meeting, guests too, and a case's name is its members'.
  caseId: z.string().uuid().optional(),
  itemId,
  createdAt: z.number().int().nonnegative(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;
export type ActionItemInput = Omit<z.input<typeof actionItemSchema>, 'id'>;

type MinutesPart = 'decisions' | 'actions';
export const DECISIONS: Collection<Decision, MinutesPart> = {
  name: 'decisions',
  schema: decisionSchema,
};
export const ACTIONS: Collection<ActionItem, MinutesPart> = {
  name: 'actions',
  schema: actionItemSchema,
};

export const notesOf = (doc: Y.Doc): Y.Map<Y.Text> => doc.getMap<Y.Text>('notes');

/** What a Y.Text of the notes may hold (the server's rule, shared/meeting/minutesCheck.ts). */
export function noteTextIssues(value: unknown): FieldIssue[] {
  if (!(value instanceof Y.Text)) return [{ path: '', code: 'notText' }];
  const text = value.toString();
  if (text.length > NOTES_TEXT_MAX) {
    return [{ path: '', code: 'tooLong', params: { max: NOTES_TEXT_MAX } }];
  }
  return hasControlCharacters(text, { multiline: true })
    ? [{ path: '', code: 'controlChars' }]
    : [];
}

export type Minutes = {
  /** The notes by agenda item id (and 'general'), as text. */
  notes: Map<string, string>;
  decisions: Decision[];
  actions: ActionItem[];
};

const byTime = <T extends { createdAt: number; id: string }>(a: T, b: T) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/** Everything the minutes hold; broken entries are skipped. */
export function readMinutes(doc: Y.Doc): Minutes {
  const notes = new Map<string, string>();
  for (const [key, value] of notesOf(doc)) {
    if (NOTE_KEY.safeParse(key).success && noteTextIssues(value).length === 0) {
      notes.set(key, value.toString());
    }
  }
  const problems: { part: MinutesPart; id: string; issues: FieldIssue[] }[] = [];
  return {
    notes,
    decisions: readAll(doc, DECISIONS, problems).sort(byTime),
    actions: readAll(doc, ACTIONS, problems).sort(byTime),
  };
}

/** Makes the Y.Text of each key that has none yet (called once the document has synced). */
export function ensureNoteTexts(doc: Y.Doc, keys: readonly string[], origin: unknown): void {
  const notes = notesOf(doc);
  const missing = keys.filter((key) => !notes.has(key) && NOTE_KEY.safeParse(key).success);
  if (missing.length === 0) return;
  doc.transact(() => {
    for (const key of missing) notes.set(key, new Y.Text());
  }, origin);
}

export function addDecision(
  doc: Y.Doc,
  input: { text: string; itemId?: string; createdAt: number },
  origin: unknown,
): Result<Decision> {
  return addEntry(doc, DECISIONS, input, origin);
}

export function updateDecision(doc: Y.Doc, id: string, text: string, origin: unknown) {
  return updateEntry(doc, DECISIONS, id, { text }, origin);
}

export function addActionItem(
  doc: Y.Doc,
  input: ActionItemInput,
  origin: unknown,
): Result<ActionItem> {
  return addEntry(doc, ACTIONS, input, origin);
}

export function updateActionItem(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<ActionItemInput, 'createdAt'>>,
  origin: unknown,
): Result<ActionItem> {
  return updateEntry(doc, ACTIONS, id, patch, origin);
}

export function removeMinutesEntry(
  doc: Y.Doc,
  part: MinutesPart,
  id: string,
  origin: unknown,
): boolean {
  return removeEntries(doc, part, [id], origin) > 0;
}
