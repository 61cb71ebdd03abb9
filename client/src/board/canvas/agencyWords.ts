import type { Agency } from '../../../../shared/board/agency';
import type { AgencyWords } from './AgencyNode';

export type AgencyWordKey =
  | `layers.${Agency['layer']}`
  | `fields.${Agency['fields'][number]}`
  | `hubShort.${Agency['hubFunctions'][number]}`
  | `hubFunctions.${Agency['hubFunctions'][number]}`
  | `nightHoliday.${Exclude<Agency['nightHolidayResponse'], 'none'>}`;

type NodeLabelValues = { name: string; layer: string; fields: string };

/** The lookups agency nodes need from the board namespace (its `t`, or a test's). */
export type AgencyTranslate = {
  (key: AgencyWordKey): string;
  (key: 'canvas.nodeLabel', values: NodeLabelValues): string;
};

/**
 * What agency nodes say, in the language of `t` (lists joined by `list`, the same language's way). A board's agencies share a few dozen words
 * (layers, fields, hub functions): each is looked up once, as a thousand nodes looking up eight
 * words each took ~0.2 s of opening a big board.
 */
export function agencyWordsIn(
  t: AgencyTranslate,
  list: (items: readonly string[]) => string,
): (agency: Agency) => AgencyWords {
  const words = new Map<string, string>();
  const word = (key: AgencyWordKey): string => {
    let found = words.get(key);
    if (found === undefined) {
      found = t(key);
      words.set(key, found);
    }
    return found;
  };
  return (agency) => ({
    label: t('canvas.nodeLabel', {
      name: agency.name,
      layer: word(`layers.${agency.layer}`),
      fields: list(agency.fields.map((f) => word(`fields.${f}`))),
    }),
    badges: agency.hubFunctions.map((fn) => ({
      key: fn,
      short: word(`hubShort.${fn}`),
      title: word(`hubFunctions.${fn}`),
    })),
    night:
      agency.nightHolidayResponse === 'none'
        ? null
        : word(`nightHoliday.${agency.nightHolidayResponse}`),
  });
}
