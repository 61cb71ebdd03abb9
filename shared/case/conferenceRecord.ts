// A short record of one conference: when, who was there, what was agreed.
import { z } from 'zod';
import { entryId, requiredText } from '../board/fieldSchemas';
import { isoDate, nameList } from './fields';

export const conferenceRecordSchema = z.object({
  id: entryId,
  date: isoDate('開催日'),
  attendees: nameList('出席者', 50).min(1, '出席者を1人以上入力してください'),
  agreed: requiredText('決まったこと', 4000),
});
export type ConferenceRecord = z.output<typeof conferenceRecordSchema>;
export type ConferenceRecordInput = Omit<z.input<typeof conferenceRecordSchema>, 'id'> & {
  id?: string;
};
