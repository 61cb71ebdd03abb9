// The sticky-note wall (付箋) of a meeting, the Yjs document `notes:<meetingId>`:
//   Y.Map 'notes':  note id → Y.Map { text, tint, x, y, groupId?, areaId?, authorId?,
//                   authorName?, createdAt, sentTo? }
//   Y.Map 'groups': group id → Y.Map { title, position, areaId?, sentTo? }
// A note or heading with an areaId belongs to that small group's area (breakouts.ts); one without
// to the whole meeting's wall. One document holds every area: it goes whole to every reader of the
// meeting anyway, and the groups' outcomes are to be seen by all once they are called back.
// Notes lie where people put them (x, y on the wall) until they are put in a group (KJ法): then
// they are listed under the group's heading. A note without an author is anonymous (written by the
// server when a private round was anonymous) and stays so. Read and written through the generic
// collection functions the case and cards documents use.
import type * as Y from 'yjs';
import { z } from 'zod';
import { addEntry, type Collection, readAll, removeEntries, updateEntry } from '../case/collection';
import { entryId, optionalText, requiredText } from '../document/fieldSchemas';
import { FIELDS } from '../domain';
import type { FieldIssue, Result } from '../issues/fieldIssue';

export const noteWallDocName = (meetingId: string): string => `notes:${meetingId}`;

/** A note's colour: a field's (子ども, 障害, 高齢…) or one a person simply likes. */
export const NOTE_TINTS = [...FIELDS, 'yellow', 'pink', 'green', 'blue'] as const;
export type NoteTint = (typeof NOTE_TINTS)[number];

export const NOTE_TEXT_MAX = 300;
export const GROUP_TITLE_MAX = 80;
/** The wall's size in CSS pixels; positions are kept inside it. */
export const WALL_WIDTH = 1600;
export const WALL_HEIGHT = 900;
export const MAX_WALL_ENTRIES = 3000;

/** The issue card entry the facilitator made of a note or a group. */
export const sentTo = z.object({ cardId: z.string().uuid(), entryId, label: optionalText(120) });
export type SentTo = z.infer<typeof sentTo>;

export const noteSchema = z.object({
  id: entryId,
  text: requiredText(NOTE_TEXT_MAX, { multiline: true }),
  tint: z.enum(NOTE_TINTS),
  x: z.number().int().min(0).max(WALL_WIDTH),
  y: z.number().int().min(0).max(WALL_HEIGHT),
  groupId: entryId.optional(),
  areaId: entryId.optional(),
  authorId: z.string().min(1).max(100).optional(),
  authorName: optionalText(100),
  createdAt: z.number().int().nonnegative(),
  sentTo: sentTo.optional(),
});
export type Note = z.infer<typeof noteSchema>;
export type NoteInput = Omit<z.input<typeof noteSchema>, 'id'> & { id?: string };

export const groupSchema = z.object({
  id: entryId,
  title: requiredText(GROUP_TITLE_MAX),
  position: z.number().finite(),
  sentTo: sentTo.optional(),
  areaId: entryId.optional(),
});
export type NoteGroup = z.infer<typeof groupSchema>;

type WallPart = 'notes' | 'groups';
export const NOTES: Collection<Note, WallPart> = { name: 'notes', schema: noteSchema };
export const GROUPS: Collection<NoteGroup, WallPart> = { name: 'groups', schema: groupSchema };
export const WALL_COLLECTIONS = [NOTES, GROUPS] as const;

export type Wall = { notes: Note[]; groups: NoteGroup[] };

/** The notes and headings of one area: a small group's, or (undefined) the whole meeting's. */
export const areaOf = (wall: Wall, areaId: string | undefined): Wall => ({
  notes: wall.notes.filter((n) => n.areaId === areaId),
  groups: wall.groups.filter((g) => g.areaId === areaId),
});

const byTime = (a: Note, b: Note) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/** Every valid note (oldest first) and group (in order); broken entries are skipped. */
export function readWall(doc: Y.Doc): Wall {
  const problems: { part: WallPart; id: string; issues: FieldIssue[] }[] = [];
  const groups = readAll(doc, GROUPS, problems).sort(
    (a, b) => a.position - b.position || (a.id < b.id ? -1 : 1),
  );
  return { notes: readAll(doc, NOTES, problems).sort(byTime), groups };
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));

export function addNote(doc: Y.Doc, input: NoteInput, origin: unknown): Result<Note> {
  const placed = { ...input, x: clamp(input.x, WALL_WIDTH), y: clamp(input.y, WALL_HEIGHT) };
  return addEntry(doc, NOTES, placed, origin);
}

export function updateNote(
  doc: Y.Doc,
  id: string,
  patch: Partial<Pick<NoteInput, 'text' | 'tint' | 'groupId' | 'sentTo'>>,
  origin: unknown,
): Result<Note> {
  return updateEntry(doc, NOTES, id, patch, origin);
}

/** Puts a note at (x, y) on the wall, out of any group; positions are kept on the wall. */
export function moveNote(doc: Y.Doc, id: string, x: number, y: number, origin: unknown) {
  return updateEntry(
    doc,
    NOTES,
    id,
    { x: clamp(x, WALL_WIDTH), y: clamp(y, WALL_HEIGHT), groupId: undefined },
    origin,
  );
}

export function removeNote(doc: Y.Doc, id: string, origin: unknown): boolean {
  return removeEntries(doc, NOTES.name, [id], origin) > 0;
}

/** Adds a heading, in a small group's area when `areaId` is given. */
export function addGroup(
  doc: Y.Doc,
  title: string,
  origin: unknown,
  areaId?: string,
): Result<NoteGroup> {
  const last = readWall(doc).groups.at(-1);
  const group = { title, position: (last?.position ?? 0) + 1, ...(areaId ? { areaId } : {}) };
  return addEntry(doc, GROUPS, group, origin);
}

export function renameGroup(doc: Y.Doc, id: string, title: string, origin: unknown) {
  return updateEntry(doc, GROUPS, id, { title }, origin);
}

/** Marks a note or group as made into an issue card entry (the facilitator's, through the server). */
export function markSent(
  doc: Y.Doc,
  from: { kind: 'note' | 'group'; id: string },
  to: SentTo,
  origin: unknown,
): boolean {
  const patch = { sentTo: to };
  return from.kind === 'note'
    ? updateEntry(doc, NOTES, from.id, patch, origin).ok
    : updateEntry(doc, GROUPS, from.id, patch, origin).ok;
}

/** Removes a group; its notes go back on the wall where they were. */
export function removeGroup(doc: Y.Doc, id: string, origin: unknown): void {
  doc.transact(() => {
    for (const note of readWall(doc).notes) {
      if (note.groupId === id) updateEntry(doc, NOTES, note.id, { groupId: undefined }, origin);
    }
    removeEntries(doc, GROUPS.name, [id], origin);
  }, origin);
}
