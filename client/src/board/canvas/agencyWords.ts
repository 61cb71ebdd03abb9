import type { TFunction } from 'i18next';
import type { Agency } from '../../../../shared/board/agency';
import type { AgencyWords } from './AgencyNode';

/**
 * What agency nodes say, in the language of `t` (lists joined by `list`, the same language's way). A board's agencies share a few dozen words
 * (layers, fields, hub functions): each is looked up once, as a thousand nodes looking up eight
 * words each took ~0.2 s of opening a big board.
 */
export function agencyWordsIn(
  t: TFunction<'board'>,
  list: (items: readonly string[]) => string,
): (agency: Agency) => AgencyWords {
  const words = new Map<string, string>();
  const word = (key: string): string => {
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
