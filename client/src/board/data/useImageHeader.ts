import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../../shared/board/document';
import { formatDate } from '../../i18n/formatDate';
import { FIELD_COLOUR, FIELD_SYMBOL, TIE_DASH } from '../canvas/fieldStyles';
import { DETAILED_TIES_MAX } from '../canvas/useTieEdges';
import { type ImageHeader, shownCodes } from './imageHeader';

/** The words above a saved image of this board, in the UI language, for the day it is drawn. */
export function useImageHeader(
  board: Pick<Board, 'agencies' | 'ties'>,
  boardName: string,
): (date: Date) => ImageHeader {
  const { t, i18n } = useTranslation('board');
  return useCallback(
    (date: Date) => {
      const shown = shownCodes(board);
      // Past this many ties the lines are drawn without patterns: a pattern legend would mislead.
      const plainTies = board.ties.length > DETAILED_TIES_MAX;
      return {
        title: boardName,
        date: t('canvas.imageDate', { date: formatDate(date.toISOString(), i18n.language) }),
        groups: [
          {
            heading: t('canvas.legendLayers'),
            items: shown.layers.map((l) => ({ kind: 'text', label: t(`layers.${l}`) })),
          },
          {
            heading: t('canvas.legendFields'),
            items: shown.fields.map((f) => ({
              kind: 'symbol',
              label: t(`fields.${f}`),
              symbol: FIELD_SYMBOL[f],
              colour: FIELD_COLOUR[f],
            })),
          },
          {
            heading: t('canvas.legendTies'),
            items: plainTies
              ? []
              : shown.tieKinds.map((k) => ({
                  kind: 'line',
                  label: t(`tieKinds.${k}`),
                  dash: TIE_DASH[k],
                })),
          },
        ],
        ...(plainTies ? { note: t('canvas.legendPlainTies', { max: DETAILED_TIES_MAX }) } : {}),
      };
    },
    [board, boardName, t, i18n.language],
  );
}
