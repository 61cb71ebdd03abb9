// The emergency plan (緊急時対応, 「緊急を緊急にしない」): for each time window, who to call, who
// goes, where the person can stay, medical notes, and whether the person is registered in advance
// with the community living support hub (地域生活支援拠点).
import { z } from 'zod';
import { optionalText } from '../document/fieldSchemas';

export const EMERGENCY_WINDOWS = ['weekdayDaytime', 'night', 'holiday'] as const;
export type EmergencyWindow = (typeof EMERGENCY_WINDOWS)[number];

export const emergencyEntrySchema = z.object({
  id: z.enum(EMERGENCY_WINDOWS),
  call: optionalText(200),
  goes: optionalText(200),
  stay: optionalText(200),
  medical: optionalText(1000, { multiline: true }),
  preRegistered: z.boolean().default(false),
});
export type EmergencyEntry = z.output<typeof emergencyEntrySchema>;
export type EmergencyPatch = Partial<Omit<z.input<typeof emergencyEntrySchema>, 'id'>>;
