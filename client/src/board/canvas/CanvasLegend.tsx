import { useTranslation } from 'react-i18next';
import { DIFF_MARKS } from '../../../../shared/board/boardDiff';
import { FIELDS, TIE_KINDS } from '../../../../shared/domain';
import { FIELD_COLOUR, FIELD_SYMBOL, TIE_DASH } from './fieldStyles';
import { DETAILED_TIES_MAX } from './useTieEdges';

/**
 * What the shapes and line patterns mean, each with its word; `plainTies`: this board has too
 * many ties for patterns, which it says; `marks`: the canvas shows what changed between terms
 * (the legend then starts open: the marks need it). Otherwise it is one closed word on the canvas.
 */
export function CanvasLegend({ plainTies, marks }: { plainTies: boolean; marks: boolean }) {
  const { t } = useTranslation('board');
  return (
    <details className="canvas-legend" open={marks}>
      <summary>{t('canvas.legend')}</summary>
      <h3>{t('canvas.legendFields')}</h3>
      <ul>
        {FIELDS.map((f) => (
          <li key={f}>
            <span aria-hidden="true" style={{ color: FIELD_COLOUR[f] }}>
              {FIELD_SYMBOL[f]}
            </span>{' '}
            {t(`fields.${f}`)}
          </li>
        ))}
      </ul>
      <h3>{t('canvas.legendTies')}</h3>
      <ul>
        {TIE_KINDS.map((k) => (
          <li key={k}>
            <svg width="48" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="48"
                y2="5"
                stroke="#1c1f24"
                strokeWidth="2"
                strokeDasharray={TIE_DASH[k]}
              />
            </svg>{' '}
            {t(`tieKinds.${k}`)}
          </li>
        ))}
      </ul>
      {marks && (
        <>
          <h3>{t('diff.legend')}</h3>
          <ul>
            {DIFF_MARKS.map((mark) => (
              <li key={mark}>
                <span className={`legend-mark agency-node-${mark}`} aria-hidden="true" />{' '}
                <strong>{t(`diff.marks.${mark}`)}</strong>: {t(`diff.legendMarks.${mark}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {plainTies && (
        <p className="canvas-hint">{t('canvas.legendPlainTies', { max: DETAILED_TIES_MAX })}</p>
      )}
    </details>
  );
}
