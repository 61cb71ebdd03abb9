// Reading and writing the emergency plan's time windows (layout: collection.ts).
import type * as Y from 'yjs';
import { parseWith, type Result } from '../issues/fieldIssue';
import { type CaseProblem, replaceFields } from './collection';
import {
  EMERGENCY_WINDOWS,
  type EmergencyEntry,
  type EmergencyPatch,
  type EmergencyWindow,
  emergencyEntrySchema,
} from './emergencyPlan';

export type EmergencyPlan = Record<EmergencyWindow, EmergencyEntry | null>;

export const emergencyMapOf = (doc: Y.Doc, window: EmergencyWindow): Y.Map<unknown> =>
  doc.getMap(`emergency.${window}`);

/** Every window, null where nothing was written yet. */
export function readEmergencyPlan(doc: Y.Doc, problems: CaseProblem[]): EmergencyPlan {
  const plan = {} as EmergencyPlan;
  for (const window of EMERGENCY_WINDOWS) {
    const map = emergencyMapOf(doc, window);
    const read = parseWith(emergencyEntrySchema, { ...map.toJSON(), id: window });
    if (!read.ok) problems.push({ part: 'emergency', id: window, issues: read.issues });
    plan[window] = map.size > 0 && read.ok ? read.value : null;
  }
  return plan;
}

/** Writes the changed fields of one time window. */
export function updateEmergencyWindow(
  doc: Y.Doc,
  window: EmergencyWindow,
  patch: EmergencyPatch,
  origin: unknown = null,
): Result<EmergencyEntry> {
  const map = emergencyMapOf(doc, window);
  const result = parseWith(emergencyEntrySchema, { ...map.toJSON(), ...patch, id: window });
  if (!result.ok) return result;
  const { id: _, ...fields } = result.value;
  doc.transact(() => replaceFields(map, fields), origin);
  return result;
}
