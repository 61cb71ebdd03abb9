// The agency form's values (strings and code lists as typed) and their conversion from a stored
// agency and to the input the document functions validate.
import type { Agency, AgencyInput, NightHolidayResponse } from '../../../../shared/board/agency';
import { splitList } from '../../../../shared/board/text';
import type { Field, HubFunction, Layer, SupportNeed } from '../../../../shared/domain';

export const AGENCY_TEXT_KEYS = [
  'name',
  'kana',
  'area',
  'address',
  'phone',
  'hours',
  'corporation',
  'providerNumber',
  'capacity',
  'tags',
  'notes',
] as const;
export type AgencyTextKey = (typeof AGENCY_TEXT_KEYS)[number];

export type AgencyFormValues = Record<AgencyTextKey, string> & {
  layer: Layer | '';
  fields: Field[];
  hubFunctions: HubFunction[];
  supportNeeds: SupportNeed[];
  hubRegistered: boolean;
  formal: boolean;
  nightHolidayResponse: NightHolidayResponse;
};

export function emptyAgencyValues(): AgencyFormValues {
  return {
    ...(Object.fromEntries(AGENCY_TEXT_KEYS.map((k) => [k, ''])) as Record<AgencyTextKey, string>),
    layer: '',
    fields: [],
    hubFunctions: [],
    supportNeeds: [],
    hubRegistered: false,
    formal: true,
    nightHolidayResponse: 'none',
  };
}

export function agencyValues(agency: Agency, comma: string): AgencyFormValues {
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    name: agency.name,
    kana: text(agency.kana),
    area: text(agency.area),
    address: text(agency.address),
    phone: text(agency.phone),
    hours: text(agency.hours),
    corporation: text(agency.corporation),
    providerNumber: text(agency.providerNumber),
    capacity: text(agency.capacity),
    tags: agency.tags.join(comma),
    notes: text(agency.notes),
    layer: agency.layer,
    fields: agency.fields,
    hubFunctions: agency.hubFunctions,
    supportNeeds: agency.supportNeeds,
    hubRegistered: agency.hubRegistered,
    formal: agency.formal,
    nightHolidayResponse: agency.nightHolidayResponse,
  };
}

/** The values as document input; empty text clears a field, a non-number capacity stays text so
 * the schema reports it. */
export function agencyInput(values: AgencyFormValues): Omit<AgencyInput, 'id'> {
  const capacity = values.capacity.trim();
  return {
    name: values.name,
    kana: values.kana,
    area: values.area,
    address: values.address,
    phone: values.phone,
    hours: values.hours,
    corporation: values.corporation,
    providerNumber: values.providerNumber,
    capacity: capacity === '' ? undefined : (Number(capacity.normalize('NFKC')) as number),
    tags: splitList(values.tags, { words: false }),
    notes: values.notes,
    layer: values.layer as Layer,
    fields: values.fields,
    hubFunctions: values.hubFunctions,
    supportNeeds: values.supportNeeds,
    hubRegistered: values.hubRegistered,
    formal: values.formal,
    nightHolidayResponse: values.nightHolidayResponse,
  };
}
