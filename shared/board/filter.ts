// Condition search over agencies, like a rental-housing site: within one condition any chosen
// value matches (分野: 児童 or 障害), across conditions all must match; free-text terms must
// all appear in the name, reading, notes, tags, address or corporation, with かな/カナ/ｶﾅ and
// full/half width treated alike.
import type { Field, HubFunction, Layer, SupportNeed } from '../domain';
import { type Agency, respondsOutOfHours } from './agency';
import { normalizeForSearch, splitList } from './text';

export type AgencyFilter = {
  fields?: readonly Field[];
  layers?: readonly Layer[];
  supportNeeds?: readonly SupportNeed[];
  hubFunctions?: readonly HubFunction[];
  areas?: readonly string[];
  /** Only agencies answering at night or on holidays. */
  outOfHours?: boolean;
  hubRegistered?: boolean;
  formal?: boolean;
  text?: string;
};

const anyOf = <T>(wanted: readonly T[] | undefined, has: (value: T) => boolean): boolean =>
  wanted === undefined || wanted.length === 0 || wanted.some(has);

const searchableText = (agency: Agency): string =>
  normalizeForSearch(
    [agency.name, agency.kana, agency.notes, agency.address, agency.corporation, ...agency.tags]
      .filter((part) => part !== undefined)
      .join('\n'),
  );

/** A predicate for one filter, so the query is normalised once, not once per agency. */
export function agencyMatcher(filter: AgencyFilter): (agency: Agency) => boolean {
  const terms = splitList(filter.text ?? '').map(normalizeForSearch);
  return (agency) =>
    anyOf(filter.fields, (f) => agency.fields.includes(f)) &&
    anyOf(filter.layers, (l) => agency.layer === l) &&
    anyOf(filter.supportNeeds, (n) => agency.supportNeeds.includes(n)) &&
    anyOf(filter.hubFunctions, (h) => agency.hubFunctions.includes(h)) &&
    anyOf(filter.areas, (area) => agency.area === area) &&
    (!filter.outOfHours || respondsOutOfHours(agency)) &&
    (filter.hubRegistered === undefined || agency.hubRegistered === filter.hubRegistered) &&
    (filter.formal === undefined || agency.formal === filter.formal) &&
    (terms.length === 0 || matchesAllTerms(searchableText(agency), terms));
}

function matchesAllTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(term));
}

/** The ids of the matching agencies, in the given order. */
export function filterAgencies(agencies: readonly Agency[], filter: AgencyFilter): string[] {
  const matches = agencyMatcher(filter);
  return agencies.filter(matches).map((a) => a.id);
}

/** Whether the filter restricts anything (an empty filter shows every agency bright). */
export function isFilterActive(filter: AgencyFilter): boolean {
  const { text, outOfHours, hubRegistered, formal, ...lists } = filter;
  return (
    Object.values(lists).some((values) => values !== undefined && values.length > 0) ||
    (text ?? '').trim() !== '' ||
    outOfHours === true ||
    hubRegistered !== undefined ||
    formal !== undefined
  );
}

/** The distinct areas (地区) on the board, for the filter's choices. */
export function areasOf(agencies: readonly Agency[]): string[] {
  return [...new Set(agencies.flatMap((a) => (a.area ? [a.area] : [])))].sort((a, b) =>
    a.localeCompare(b, 'ja'),
  );
}
