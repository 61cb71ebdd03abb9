import type { Agency } from '../../../../shared/board/agency';

/** A minimal valid agency for the board client's tests. */
export function testAgency(
  id: string,
  layer: Agency['layer'],
  extra: Partial<Agency> = {},
): Agency {
  return {
    id,
    name: id,
    layer,
    fields: ['disability'],
    hubFunctions: [],
    supportNeeds: [],
    hubRegistered: false,
    formal: true,
    nightHolidayResponse: 'none',
    tags: [],
    ...extra,
  };
}
