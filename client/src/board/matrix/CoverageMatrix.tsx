import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import { computeCoverage } from '../../../../shared/board/coverage';
import {
  FIELDS,
  type Field,
  HUB_FUNCTIONS,
  type HubFunction,
  SUPPORT_NEEDS,
  type SupportNeed,
} from '../../../../shared/domain';

type Props = {
  agencies: readonly Agency[];
  onCell: (need: SupportNeed, fn: HubFunction, agencyIds: readonly string[]) => void;
};

/** Support needs × hub functions, counted live; empty and thin cells marked by pattern and word. */
export function CoverageMatrix({ agencies, onCell }: Props) {
  const { t } = useTranslation('board');
  const [outOfHoursOnly, setOutOfHoursOnly] = useState(false);
  const [field, setField] = useState<Field | ''>('');
  const matrix = computeCoverage(agencies, { outOfHoursOnly, ...(field ? { field } : {}) });

  return (
    <section className="board-matrix" aria-labelledby="board-matrix-title">
      <h2 id="board-matrix-title">{t('matrix.title')}</h2>
      <p>{t('matrix.caption')}</p>
      <div className="form-row">
        <label className="board-choice">
          <input
            type="checkbox"
            checked={outOfHoursOnly}
            onChange={(e) => setOutOfHoursOnly(e.target.checked)}
          />
          {t('matrix.outOfHoursOnly')}
        </label>
        <div className="field">
          <label htmlFor="matrix-field">{t('matrix.field')}</label>
          <select
            id="matrix-field"
            value={field}
            onChange={(e) => setField(e.target.value as Field | '')}
          >
            <option value="">{t('matrix.allFields')}</option>
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`fields.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p>{t('matrix.agencyCount', { count: matrix.agencyCount })}</p>
      <div className="table-scroll">
        <table className="table coverage-table">
          <caption className="visually-hidden">{t('matrix.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.need')}</th>
              {HUB_FUNCTIONS.map((fn) => (
                <th key={fn} scope="col">
                  {t(`hubFunctions.${fn}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SUPPORT_NEEDS.map((need) => (
              <tr key={need}>
                <th scope="row">{t(`supportNeeds.${need}`)}</th>
                {HUB_FUNCTIONS.map((fn) => {
                  const cell = matrix.cells[need][fn];
                  const level = t(`matrix.${cell.level}`);
                  return (
                    <td key={fn} className={`coverage-cell coverage-${cell.level}`}>
                      <button
                        type="button"
                        aria-label={t('matrix.cellLabel', {
                          need: t(`supportNeeds.${need}`),
                          fn: t(`hubFunctions.${fn}`),
                          count: cell.count,
                          level,
                        })}
                        onClick={() => onCell(need, fn, cell.agencyIds)}
                      >
                        <span className="coverage-count">{cell.count}</span>
                        {cell.level !== 'covered' && (
                          <span className="coverage-level">{level}</span>
                        )}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
