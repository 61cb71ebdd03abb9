// A short record of one conference: when, who was there, what was agreed.
import { z } from 'zod';
import { entryId, requiredText } from '../document/fieldSchemas';
import { isoDate, nameList } from './fields';

export const conferenceRecordSchema = z.object({
  id: entryId,
  date: isoDate(),
  attendees: nameList(50).min(1),
  agreed: requiredText(4000, { multiline: true }),
});
export type ConferenceRecord = z.output<typeof conferenceRecordSchema>;
export type ConferenceRecordInput = Omit<z.input<typeof conferenceRecordSchema>, 'id'> & {
  id?: string;
};
