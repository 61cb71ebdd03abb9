import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/board/agency';
import { type AgencyFilter, areasOf } from '../../../../shared/board/filter';
import { FIELDS, HUB_FUNCTIONS, LAYERS, SUPPORT_NEEDS } from '../../../../shared/domain';
import { useFormatList } from '../../i18n/useFormatList';
import { CheckboxGroup } from '../forms/formControls';

export type CellFilter = { label: string; agencyIds: readonly string[] };

type Props = {
  agencies: readonly Agency[];
  filter: AgencyFilter;
  onFilter: (filter: AgencyFilter) => void;
  cell: CellFilter | null;
  onClear: () => void;
  /** Matching agency ids, or null when nothing is filtered. */
  visible: ReadonlySet<string> | null;
  onShow: (agency: Agency) => void;
};

/** Condition search (like a rental-housing site) and its result list. */
export function FilterPanel({ agencies, filter, onFilter, cell, onClear, visible, onShow }: Props) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const set = <K extends keyof AgencyFilter>(key: K, value: AgencyFilter[K]) =>
    onFilter({ ...filter, [key]: value });
  const areas = areasOf(agencies);
  const results = visible ? agencies.filter((a) => visible.has(a.id)) : agencies;

  return (
    <section className="board-filter" aria-labelledby="board-filter-title">
      <h2 id="board-filter-title">{t('filter.title')}</h2>
      <div className="field">
        <label htmlFor="filter-text">{t('filter.text')}</label>
        <input
          id="filter-text"
          type="search"
          value={filter.text ?? ''}
          onChange={(e) => set('text', e.target.value)}
        />
      </div>
      {cell && <p className="board-cell-filter">{cell.label}</p>}
      <details>
        <summary>{list([t('agency.fields'), t('agency.layer')])}</summary>
        <CheckboxGroup
          id="filter-fields"
          legend={t('agency.fields')}
          options={FIELDS}
          labelOf={(f) => t(`fields.${f}`)}
          chosen={filter.fields ?? []}
          onChange={(v) => set('fields', v)}
        />
        <CheckboxGroup
          id="filter-layers"
          legend={t('agency.layer')}
          options={LAYERS}
          labelOf={(l) => t(`layers.${l}`)}
          chosen={filter.layers ?? []}
          onChange={(v) => set('layers', v)}
        />
      </details>
      <details>
        <summary>{list([t('agency.supportNeeds'), t('agency.hubFunctions')])}</summary>
        <CheckboxGroup
          id="filter-needs"
          legend={t('agency.supportNeeds')}
          options={SUPPORT_NEEDS}
          labelOf={(n) => t(`supportNeeds.${n}`)}
          chosen={filter.supportNeeds ?? []}
          onChange={(v) => set('supportNeeds', v)}
        />
        <CheckboxGroup
          id="filter-hub"
          legend={t('agency.hubFunctions')}
          options={HUB_FUNCTIONS}
          labelOf={(f) => t(`hubFunctions.${f}`)}
          chosen={filter.hubFunctions ?? []}
          onChange={(v) => set('hubFunctions', v)}
        />
      </details>
      <label className="board-choice">
        <input
          type="checkbox"
          checked={filter.outOfHours ?? false}
          onChange={(e) => set('outOfHours', e.target.checked)}
        />
        {t('filter.outOfHours')}
      </label>
      <div className="field">
        <label htmlFor="filter-area">{t('filter.area')}</label>
        <select
          id="filter-area"
          value={filter.areas?.[0] ?? ''}
          onChange={(e) => set('areas', e.target.value ? [e.target.value] : [])}
        >
          <option value="">{t('filter.anyArea')}</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button-secondary" onClick={onClear}>
        {t('filter.clear')}
      </button>
      <p role="status" className="board-filter-count">
        {visible
          ? t('filter.results', { count: results.length })
          : t('filter.resultsAll', { count: agencies.length })}
      </p>
      <ul className="board-results" aria-label={t('filter.resultList')}>
        {results.map((agency) => (
          <li key={agency.id}>
            <button type="button" className="link-button" onClick={() => onShow(agency)}>
              {agency.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
