// The ecomap (エコマップ) of a case: the person at the centre, supporters around them, and
// relations drawn with ecomap conventions. See DOMAIN.md "Case conferences".
import { z } from 'zod';
import { entryId, optionalText, requiredText } from '../document/fieldSchemas';
import { rule } from '../issues/fieldIssue';
import { optionalIsoDate } from './fields';

/** The person the case is about: the fixed centre of the ecomap, an endpoint of relations. */
export const PERSON = 'person';

export const INFORMAL_RELATIONS = ['family', 'neighbour', 'friend', 'peer', 'other'] as const;
export type InformalRelation = (typeof INFORMAL_RELATIONS)[number];

export const RELATION_KINDS = [
  'care', // 介護・日常生活の支援
  'medical', // 医療
  'consultation', // 相談
  'emotional', // 心の支え
  'financial', // 金銭・権利擁護
  'employment', // 就労・日中活動
  'other',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const STRENGTHS = ['strong', 'normal', 'weak'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** Which way support flows along a relation: from → to, to → from, or both ways. */
export const DIRECTIONS = ['to', 'from', 'both'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const NOTE_MAX = 1000;
export const LABEL_MAX = 60;

// An agency is a reference into a council board, so its name and contacts stay current there.
const agencySupporter = z.object({
  kind: z.literal('agency'),
  boardId: z.string().uuid(),
  agencyId: entryId,
});
const personSupporter = z.object({
  kind: z.literal('person'),
  label: requiredText(LABEL_MAX),
  relation: z.enum(INFORMAL_RELATIONS),
});

export const supporterFieldsSchema = z.discriminatedUnion('kind', [
  agencySupporter,
  personSupporter,
]);
export const supporterSchema = z.discriminatedUnion('kind', [
  agencySupporter.extend({ id: entryId }),
  personSupporter.extend({ id: entryId }),
]);
export type Supporter = z.output<typeof supporterSchema>;
export type SupporterInput = z.input<typeof supporterFieldsSchema> & { id?: string };
/** Any supporter fields; changing `kind` needs the other kind's fields too. */
export type SupporterPatch = Partial<
  Omit<z.input<typeof agencySupporter>, 'kind'> & Omit<z.input<typeof personSupporter>, 'kind'>
> & { kind?: Supporter['kind'] };

const endpoint = entryId;

const relationFields = z.object({
  from: endpoint,
  to: endpoint,
  kind: z.enum(RELATION_KINDS),
  strength: z.enum(STRENGTHS).default('normal'),
  stress: z.boolean().default(false),
  direction: z.enum(DIRECTIONS).default('both'),
  validFrom: optionalIsoDate(),
  validTo: optionalIsoDate(),
  note: optionalText(NOTE_MAX, { multiline: true }),
});

const checks = <
  T extends z.ZodType<{ from: string; to: string; validFrom?: string; validTo?: string }>,
>(
  schema: T,
) =>
  schema
    .refine((r) => r.from !== r.to, rule('sameEndpoints', {}, ['to']))
    .refine(
      (r) => !r.validFrom || !r.validTo || r.validTo >= r.validFrom,
      rule('endBeforeStart', {}, ['validTo']),
    );

export const relationSchema = checks(relationFields.extend({ id: entryId }));
export type Relation = z.output<typeof relationSchema>;
export type RelationInput = z.input<typeof relationFields> & { id?: string };
export const relationFieldsSchema = checks(relationFields);
