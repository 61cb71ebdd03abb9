// How the canvas tells fields and tie kinds apart without relying on colour: each field has a
// shape symbol, each tie kind a dash pattern, and both always carry a text label too.
import type { Field, TieKind } from '../../../../shared/domain';

export const FIELD_SYMBOL: Record<Field, string> = {
  child: '●',
  disability: '■',
  elderly: '▲',
  medical: '✚',
  education: '◆',
  other: '★',
};

/** Colours with at least 4.5:1 against white, for the node's top band and the legend. */
export const FIELD_COLOUR: Record<Field, string> = {
  child: '#b34700',
  disability: '#1f4e8c',
  elderly: '#6b2c7a',
  medical: '#a4262c',
  education: '#1e6b34',
  other: '#4a505a',
};

export const TIE_DASH: Record<TieKind, string | undefined> = {
  referral: '10 5',
  cooperation: undefined,
  consultation: '2 5',
  contract: '14 4 3 4',
  emergencyBackup: '20 4',
  informationSharing: '1 9',
};
