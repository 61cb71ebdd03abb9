// One agency per provider: the lists have a row per service, so rows sharing a 事業所番号 (or a
// 医療機関コード, or 法人番号 + name + address) are one place listing several services.
import type { Agency } from '../agency';
import { normalizeForSearch } from '../text';

export type ProviderFields = Omit<Agency, 'id'>;
export type Provider = { rows: number[]; agency: ProviderFields };

type Identity = Pick<
  ProviderFields,
  'providerNumber' | 'medicalCode' | 'corporateNumber' | 'name' | 'address'
>;

/** The keys an agency is recognised by, strongest first (also used to find it on re-import). */
export function providerKeys(agency: Identity): string[] {
  const place = `${normalizeForSearch(agency.name)}|${normalizeForSearch(agency.address ?? '')}`;
  const keys: string[] = [];
  if (agency.providerNumber) keys.push(`p:${agency.providerNumber}`);
  if (agency.medicalCode) keys.push(`m:${agency.medicalCode}`);
  if (agency.corporateNumber) keys.push(`c:${agency.corporateNumber}|${place}`);
  keys.push(`n:${place}`);
  return keys;
}

const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] => [
  ...new Set([...(a ?? []), ...(b ?? [])]),
];

function mergeInto(into: ProviderFields, next: ProviderFields): ProviderFields {
  const notes = union(into.officialNotes?.split('\n'), next.officialNotes?.split('\n'));
  return {
    ...next,
    ...into,
    services: union(into.services, next.services),
    fields: union(into.fields, next.fields),
    hubFunctions: union(into.hubFunctions, next.hubFunctions),
    tags: union(into.tags, next.tags),
    // A place's 定員 is what its services take together.
    capacity:
      into.capacity === undefined && next.capacity === undefined
        ? undefined
        : (into.capacity ?? 0) + (next.capacity ?? 0),
    officialNotes: notes.length > 0 ? notes.join('\n') : undefined,
  };
}

/** Groups rows by their strongest key; the first row's fields win, lists are joined. */
export function mergeProviders(
  rows: readonly { row: number; agency: ProviderFields }[],
): Provider[] {
  const byKey = new Map<string, Provider>();
  for (const { row, agency } of rows) {
    const key = providerKeys(agency)[0] as string;
    const found = byKey.get(key);
    if (found) {
      found.rows.push(row);
      found.agency = mergeInto(found.agency, agency);
    } else {
      byKey.set(key, { rows: [row], agency });
    }
  }
  return [...byKey.values()];
}
