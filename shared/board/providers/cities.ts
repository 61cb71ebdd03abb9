// Picking one's own city out of a national or prefectural list, before anything else is read:
// by 都道府県コード又は市区町村コード (a prefix: 2 digits for a prefecture, 5 or the 6-digit code
// with its check digit for a city) or by name (都道府県 + 市区町村).
import { normalizeForSearch } from '../text';
import type { ImportMapping } from './presets';

export type Place = { code: string; prefecture: string; city: string };
export type CityFilter = { code?: string; name?: string };
export type PlaceOption = { label: string; code: string; count: number };

const PREFECTURE = /^(北海道|東京都|京都府|大阪府|.{2,3}県)/u;

/** 「東京都千代田区」 → 東京都 + 千代田区 (WAM writes both in one cell). */
export function splitPrefecture(text: string): { prefecture: string; city: string } {
  const match = text.match(PREFECTURE);
  return match
    ? { prefecture: match[1] as string, city: text.slice(match[0].length) }
    : { prefecture: '', city: text };
}

/** Where a row is, from its code, 都道府県名 and 市区町村名 or WAM's 事業所住所（市区町村）. */
export function placeOf(cells: readonly string[], mapping: ImportMapping): Place {
  const cell = (target: string) => {
    const index = mapping.indexOf(target as never);
    return index < 0 ? '' : (cells[index] ?? '').trim().normalize('NFKC');
  };
  const place = { code: cell('cityCode'), prefecture: cell('prefecture'), city: cell('cityName') };
  const addressCity = cell('addressCity');
  if (!place.city && addressCity) Object.assign(place, splitPrefecture(addressCity));
  return place;
}

export const placeLabel = (place: Place): string => place.prefecture + place.city;

/** The file's cities with their row counts, most rows first (for the city picker). */
export function listPlaces(
  rows: readonly { cells: readonly string[] }[],
  mapping: ImportMapping,
): PlaceOption[] {
  const byLabel = new Map<string, PlaceOption>();
  for (const { cells } of rows) {
    const place = placeOf(cells, mapping);
    const label = placeLabel(place);
    if (!label) continue;
    const option = byLabel.get(label) ?? { label, code: place.code, count: 0 };
    option.count += 1;
    byLabel.set(label, option);
  }
  return [...byLabel.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const CITY_CODE_DIGITS = 5;

export function hasFilter(filter: CityFilter | undefined): filter is CityFilter {
  return Boolean(filter?.code?.trim() || filter?.name?.trim());
}

/** Whether a row's place is in the chosen city (every row when nothing is chosen). */
export function matchesFilter(place: Place, filter: CityFilter | undefined): boolean {
  if (!hasFilter(filter)) return true;
  const code = (filter.code ?? '').normalize('NFKC').replace(/\D/g, '');
  if (code && !place.code.startsWith(code.slice(0, CITY_CODE_DIGITS))) return false;
  const name = normalizeForSearch(filter.name ?? '');
  return !name || normalizeForSearch(placeLabel(place)).includes(name);
}

/** Whether an address lies in one of the cities an import covered (null: it covered all). */
export function inScope(address: string | undefined, cities: readonly string[] | null): boolean {
  if (cities === null) return true;
  const text = normalizeForSearch(address ?? '');
  return cities.some((city) => text.includes(normalizeForSearch(city)));
}
