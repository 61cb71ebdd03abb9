// Import settings a council saved by hand: the columns of a spreadsheet someone mapped once (a
// city's own list, a 相談支援 network's roster), so the next file with those headers imports in
// one step. Recognised like the official lists (headerMatch.ts), after them.
import { z } from 'zod';
import { FIELDS, LAYERS } from '../domain';
import { rule } from '../issues/fieldIssue';
import { requiredText, text } from '../issues/text';
import { AGENCY_COLUMNS, type AgencyColumn } from './csvColumns';
import type { ImportPlan } from './csvImport';
import { bestHeaderMatch, type HeaderColumns, mappingByHeader } from './headerMatch';

/** Enough for the widest official list (29 columns) several times over. */
export const SAVED_PRESET_COLUMNS_MAX = 200;
/** Per council: a handful of recurring files, not an archive. */
export const SAVED_PRESETS_MAX = 50;

export const savedPresetColumn = z.object({
  header: text().max(200),
  column: z.enum(AGENCY_COLUMNS as [AgencyColumn, ...AgencyColumn[]]).nullable(),
});

export const savedPresetBody = z.object({
  name: requiredText(60),
  columns: z
    .array(savedPresetColumn)
    .min(1)
    .max(SAVED_PRESET_COLUMNS_MAX)
    .refine((columns) => columns.some((c) => c.column === 'name'), rule('csvNameColumn')),
  defaults: z.object({
    layer: z.enum(LAYERS).optional(),
    fields: z.array(z.enum(FIELDS)).max(FIELDS.length).optional(),
  }),
});
export type SavedPresetBody = z.infer<typeof savedPresetBody>;

export const savedPresetView = savedPresetBody.extend({
  id: z.string().uuid(),
  createdAt: z.string(),
});
export type SavedPreset = z.infer<typeof savedPresetView>;

const headerColumns = (preset: Pick<SavedPreset, 'columns'>): HeaderColumns<AgencyColumn> =>
  preset.columns.map(({ header, column }) => [header, column] as const);

/** The saved setting the file's header row belongs to, or null. */
export const recogniseSavedPreset = (
  presets: readonly SavedPreset[],
  headers: readonly string[],
): SavedPreset | null => bestHeaderMatch(presets, headerColumns, headers);

/** The import plan a saved setting gives the file (headers it does not know: skipped). */
export const savedPresetPlan = (preset: SavedPreset, headers: readonly string[]): ImportPlan => ({
  mapping: mappingByHeader(headerColumns(preset), headers),
  defaults: preset.defaults,
});

/** What to save of a mapping made by hand: every header, mapped or read past. */
export const presetColumns = (
  headers: readonly string[],
  mapping: readonly (AgencyColumn | null)[],
): SavedPresetBody['columns'] =>
  headers.map((header, index) => ({ header, column: mapping[index] ?? null }));
