// The HTTP shapes of ふりがな for user text (POST /api/readings) and the council's own readings
// of names (/api/councils/:id/readings).
import { z } from 'zod';
import { id } from '../api';
import { isKanaReading } from '../board/text';
import { rule } from '../issues/fieldIssue';
import { requiredText, text } from '../issues/text';
import { toHiragana } from './ruby';

// Bounds of one request: what a screenful of notes and agenda needs, no more (the analyser's
// time grows with the text).
export const MAX_TEXTS = 50;
export const MAX_TEXT_LENGTH = 2000;
export const MAX_TOTAL_LENGTH = 20_000;

export const rubySegment = z.union([z.string(), z.tuple([z.string(), z.string()]).readonly()]);

/** Whose reading dictionary applies: a council's people name it, a guest their meeting. */
export const annotateBody = z
  .object({
    councilId: id.optional(),
    meetingId: id.optional(),
    texts: z
      .array(text({ multiline: true }).min(1).max(MAX_TEXT_LENGTH))
      .min(1)
      .max(MAX_TEXTS),
  })
  .refine((b) => (b.councilId === undefined) !== (b.meetingId === undefined), rule('invalid'))
  .refine(
    (b) => b.texts.reduce((n, t) => n + t.length, 0) <= MAX_TOTAL_LENGTH,
    rule('tooLong', { max: MAX_TOTAL_LENGTH }),
  );
export type AnnotateBody = z.infer<typeof annotateBody>;

export const annotateView = z.object({ ruby: z.array(z.array(rubySegment).readonly()) });
export type AnnotateView = z.infer<typeof annotateView>;

// Written in kana, as agencies' よみがな are; shown over the word in hiragana.
const reading = requiredText(100)
  .refine(isKanaReading, rule('kana'))
  .transform((value) => toHiragana(value.normalize('NFKC')));

export const councilReadingBody = z.object({ word: requiredText(100), reading });
export type CouncilReadingBody = z.infer<typeof councilReadingBody>;

export const councilReadingView = z.object({
  id,
  word: z.string(),
  reading: z.string(),
  updatedAt: z.string(),
});
export type CouncilReadingView = z.infer<typeof councilReadingView>;
