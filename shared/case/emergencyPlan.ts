// The emergency plan (緊急時対応, 「緊急を緊急にしない」): for each time window, who to call, who
// goes, where the person can stay, medical notes, and whether the person is registered in advance
// with the community living support hub (地域生活支援拠点).
import { z } from 'zod';
import { optionalText } from '../board/fieldSchemas';

export const EMERGENCY_WINDOWS = ['weekdayDaytime', 'night', 'holiday'] as const;
export type EmergencyWindow = (typeof EMERGENCY_WINDOWS)[number];

export const emergencyEntrySchema = z.object({
  id: z.enum(EMERGENCY_WINDOWS, { error: '時間帯は 平日日中・夜間・休日 から選んでください' }),
  call: optionalText('連絡先', 200),
  goes: optionalText('駆けつける人', 200),
  stay: optionalText('緊急時の居場所', 200),
  medical: optionalText('医療の注意', 1000),
  preRegistered: z.boolean({ error: '事前登録の有無が正しくありません' }).default(false),
});
export type EmergencyEntry = z.output<typeof emergencyEntrySchema>;
export type EmergencyPatch = Partial<Omit<z.input<typeof emergencyEntrySchema>, 'id'>>;
