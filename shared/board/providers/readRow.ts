// One row of a provider list → agency fields (before the schema), where it is (for the city
// filter), what was normalised and what cannot be read. Address parts and hours columns are
// joined here; what the list says beside the fields goes to officialNotes, labelled.

import type { Issue } from '../../issues/fieldIssue';
import { HOURS_MAX, NOTES_MAX } from '../agency';
import { readCell, unguard } from '../csvColumns';
import type { CsvRow } from '../csvImport';
import { splitList } from '../text';
import {
  lostLeadingZero,
  type Normalised,
  type NormaliseKind,
  readCode,
  readNumber,
  readPhone,
  readReading,
  readUrl,
} from './normalise';
import type { ImportMapping, ImportTarget } from './presets';

export type RowNote = { row: number; column: string; value: string; kind: NormaliseKind };
export type SkippedRow = { row: number; column: string; value: string; issue: Issue };

export type RowOptions = {
  headers: readonly string[];
  mapping: ImportMapping;
  /** Give codes that lost their leading zero (9-digit 事業所番号) the zero back. */
  padCodes: boolean;
  zeroCapacityIsMissing: boolean;
};

export type ReadRow = {
  row: number;
  input: Record<string, unknown>;
  notes: RowNote[];
  errors: SkippedRow[];
};

const HOURS_LABELS: Partial<Record<ImportTarget, string>> = {
  hoursWeekday: '平日',
  hoursSaturday: '土曜',
  hoursSunday: '日曜',
  hoursHoliday: '祝日',
  closedDays: '定休日',
  afterHours: '時間外',
};

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function readRow({ row, cells }: CsvRow, options: RowOptions): ReadRow {
  const { headers, mapping } = options;
  const input: Record<string, unknown> = {};
  const notes: RowNote[] = [];
  const errors: SkippedRow[] = [];
  const remarks: string[] = [];
  const hours: string[] = [];
  const address: { whole?: string; city?: string; details: string[] } = { details: [] };
  const when = { days: '', start: '', end: '' };

  const apply = (target: ImportTarget, value: string, column: string) => {
    const take = (key: string, read: Normalised<unknown>) => {
      if (read.kind) notes.push({ row, column, value, kind: read.kind });
      if (read.remark) remarks.push(`${column}: ${read.remark}`);
      if (read.value !== undefined) input[key] = read.value;
    };
    switch (target) {
      case 'kana':
        return take(target, readReading(value));
      case 'phone':
      case 'fax':
        return take(target, readPhone(value));
      case 'url':
        return take(target, readUrl(value));
      case 'providerNumber':
      case 'medicalCode': {
        const digits = CODE_DIGITS[target];
        if (!options.padCodes && lostLeadingZero(value, digits)) {
          errors.push({
            row,
            column,
            value,
            issue: { code: 'csvLostZero', params: { digits: digits - 1 } },
          });
          return;
        }
        return take(target, readCode(value, digits, options.padCodes));
      }
      case 'corporateNumber':
        return take(target, readCode(value, 13, false));
      case 'capacity': {
        const read = readNumber(value);
        if (read.value === 0 && options.zeroCapacityIsMissing) {
          return take(target, { value: undefined, kind: 'zeroCapacity' });
        }
        return take(target, read);
      }
      case 'lat':
      case 'lng':
        return take(target, readNumber(value));
      case 'services':
        input.services = [
          ...((input.services as string[]) ?? []),
          ...splitList(value, { words: false }),
        ];
        return;
      case 'address':
        address.whole = value;
        return;
      case 'addressCity':
        address.city = value;
        return;
      case 'addressDetail':
        address.details.push(value);
        return;
      case 'cityCode':
      case 'prefecture':
      case 'cityName':
        return; // where the row is: cities.ts
      case 'hoursDays':
        when.days = value;
        return;
      case 'hoursStart':
        when.start = value;
        return;
      case 'hoursEnd':
        when.end = value;
        return;
      case 'hoursWeekday':
      case 'hoursSaturday':
      case 'hoursSunday':
      case 'hoursHoliday':
      case 'closedDays':
      case 'afterHours':
        hours.push(`${HOURS_LABELS[target]} ${value}`);
        return;
      case 'hoursNote':
      case 'departments':
      case 'extension':
      case 'note':
        remarks.push(`${column}: ${value}`);
        return;
      default: {
        const cell = readCell(target, value);
        if ('error' in cell) errors.push({ row, column, value, issue: cell.error });
        else if (cell.value !== undefined) input[target] = cell.value;
      }
    }
  };
  mapping.forEach((target, index) => {
    const value = unguard(cells[index] ?? '').trim();
    if (target && value !== '') apply(target, value, headers[index] ?? '');
  });

  if (input.lat === 0 && input.lng === 0) {
    const column = headerOfTarget(options, 'lat');
    notes.push({ row, column, value: '0', kind: 'zeroCoordinates' });
    delete input.lat;
    delete input.lng;
  }
  const joined = joinAddress(address);
  if (joined) input.address = joined;
  const times = when.start || when.end ? `${when.start}〜${when.end}` : '';
  const days = [when.days, times].filter((part) => part !== '').join(' ');
  if (days) hours.unshift(days);
  if (hours.length > 0 && input.hours === undefined) input.hours = cut(hours.join('／'), HOURS_MAX);
  if (remarks.length > 0 && input.officialNotes === undefined) {
    input.officialNotes = cut(remarks.join('\n'), NOTES_MAX);
  }
  return { row, input, notes, errors };
}

/** Codes that a spreadsheet re-save shortens by their leading zero. */
export const CODE_DIGITS = { providerNumber: 10, medicalCode: 7 } as const;

const headerOfTarget = ({ headers, mapping }: RowOptions, target: ImportTarget) =>
  headers[mapping.indexOf(target)] ?? '';

// WAM splits an address into 市区町村 + 番地以降; 介護 lists add 方書 (ビル名), which some
// publishers already wrote into 住所 — it is not repeated then.
function joinAddress(address: { whole?: string; city?: string; details: string[] }): string {
  if (address.city !== undefined) return address.city + address.details.join(' ');
  const whole = address.whole ?? '';
  const extra = address.details.filter((detail) => !whole.includes(detail));
  return [whole, ...extra].filter((part) => part !== '').join(' ');
}
