// The council's gap analysis: for each support need × hub function, which agencies provide it.
// A cell is "empty" with no agency and "thin" with fewer than `thinBelow`.
import {
  type Field,
  HUB_FUNCTIONS,
  type HubFunction,
  SUPPORT_NEEDS,
  type SupportNeed,
} from '../domain';
import { type Agency, respondsOutOfHours } from './agency';

export type CoverageLevel = 'empty' | 'thin' | 'covered';
export type CoverageCell = { count: number; agencyIds: string[]; level: CoverageLevel };
export type CoverageMatrix = {
  /** cells[need][hubFunction] */
  cells: Record<SupportNeed, Record<HubFunction, CoverageCell>>;
  /** How many agencies the matrix was computed from (after the options' restrictions). */
  agencyCount: number;
  thinBelow: number;
};

export type CoverageOptions = {
  /** Only agencies working in this field. */
  field?: Field;
  /** Only agencies answering at night or on holidays (the emergency question). */
  outOfHoursOnly?: boolean;
  /** Only agencies registered with the hub. */
  hubRegisteredOnly?: boolean;
  /** A cell with at least one but fewer than this many agencies is thin (default 2). */
  thinBelow?: number;
};

export const DEFAULT_THIN_BELOW = 2;

export function coverageLevel(count: number, thinBelow = DEFAULT_THIN_BELOW): CoverageLevel {
  if (count === 0) return 'empty';
  return count < thinBelow ? 'thin' : 'covered';
}

export function computeCoverage(
  agencies: readonly Agency[],
  options: CoverageOptions = {},
): CoverageMatrix {
  const thinBelow = Math.max(1, options.thinBelow ?? DEFAULT_THIN_BELOW);
  const counted = agencies.filter(
    (a) =>
      (options.field === undefined || a.fields.includes(options.field)) &&
      (!options.outOfHoursOnly || respondsOutOfHours(a)) &&
      (!options.hubRegisteredOnly || a.hubRegistered),
  );
  const cells = Object.fromEntries(
    SUPPORT_NEEDS.map((need) => [
      need,
      Object.fromEntries(
        HUB_FUNCTIONS.map((fn) => {
          const agencyIds = counted
            .filter((a) => a.supportNeeds.includes(need) && a.hubFunctions.includes(fn))
            .map((a) => a.id);
          const count = agencyIds.length;
          return [fn, { count, agencyIds, level: coverageLevel(count, thinBelow) }];
        }),
      ),
    ]),
  ) as CoverageMatrix['cells'];
  return { cells, agencyCount: counted.length, thinBelow };
}

/** The cells at a level, as [need, hubFunction] pairs in the matrix's order. */
export function cellsAt(
  matrix: CoverageMatrix,
  level: CoverageLevel,
): [SupportNeed, HubFunction][] {
  return SUPPORT_NEEDS.flatMap((need) =>
    HUB_FUNCTIONS.filter((fn) => matrix.cells[need][fn].level === level).map(
      (fn) => [need, fn] as [SupportNeed, HubFunction],
    ),
  );
}
