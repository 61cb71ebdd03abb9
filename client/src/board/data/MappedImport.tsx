import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  AGENCY_COLUMNS,
  type AgencyColumn,
  suggestMapping,
} from '../../../../shared/board/csvColumns';
import {
  type CsvTable,
  convertRows,
  type ImportPlan,
  mappingProblems,
  prepareImport,
  type RowError,
} from '../../../../shared/board/csvImport';
import {
  presetColumns,
  type SavedPreset,
  savedPresetPlan,
} from '../../../../shared/board/savedPresets';
import { FIELDS, type Field, LAYERS, type Layer } from '../../../../shared/domain';
import { useIssueText } from '../../forms/useIssueText';
import { useFormatList } from '../../i18n/useFormatList';
import type { LocalOrigin } from '../document/useBoardHistory';
import { CheckboxGroup } from '../forms/formControls';
import { insertInBatches } from './batchedImport';
import { CsvErrorList } from './CsvErrorList';
import { ImportProgress } from './ImportProgress';
import { SavedPresets } from './SavedPresets';

const PREVIEW_ROWS = 5;

type Props = {
  doc: Y.Doc;
  origin: LocalOrigin;
  table: CsvTable;
  /** Where the council's saved settings are reached; none for a board that cannot change. */
  boardId: string | null;
  presets: readonly SavedPreset[];
  /** The saved setting the file's headers were recognised as, applied from the start. */
  recognised: SavedPreset | null;
  onPresetsChanged: () => void;
  onDone: (message: string | null) => void;
};

type Choice = { mapping: (AgencyColumn | null)[]; layer: Layer | ''; fields: Field[] };

function choiceOf(table: CsvTable, preset: SavedPreset | null): Choice {
  if (!preset) return { mapping: suggestMapping(table.headers), layer: '', fields: [] };
  const plan = savedPresetPlan(preset, table.headers);
  return {
    mapping: [...plan.mapping],
    layer: plan.defaults?.layer ?? '',
    fields: plan.defaults?.fields ?? [],
  };
}

/** A file of no known format: each column mapped by hand (or by a saved setting); all rows or none. */
export function MappedImport({
  doc,
  origin,
  table,
  boardId,
  presets,
  recognised,
  onPresetsChanged,
  onDone,
}: Props) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const textOf = useIssueText();
  const [preset, setPreset] = useState<SavedPreset | null>(recognised);
  const [{ mapping, layer, fields }, setChoice] = useState<Choice>(() =>
    choiceOf(table, recognised),
  );
  const [importErrors, setImportErrors] = useState<RowError[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const defaults = { ...(layer ? { layer } : {}), ...(fields.length > 0 ? { fields } : {}) };
  const plan: ImportPlan = { mapping, defaults };
  const problems = mappingProblems(plan);
  const preview = problems.length === 0 ? convertRows(table, plan, PREVIEW_ROWS) : null;
  const all = problems.length === 0 ? convertRows(table, plan) : null;
  const errors = importErrors.length > 0 ? importErrors : (all?.errors ?? []);

  const change = (next: Partial<Choice>) => {
    setChoice((current) => ({ ...current, ...next }));
    setImportErrors([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress) return;
    const result = prepareImport(doc, table, plan);
    if (!result.ok) return setImportErrors(result.errors);
    const total = result.agencies.length;
    setProgress({ done: 0, total });
    await insertInBatches(doc, result.agencies, origin, (done) => setProgress({ done, total }));
    onDone(t('data.imported', { count: total }));
  };

  return (
    <>
      {recognised && (
        <p className="notice notice-info">
          {t('data.presets.recognised', { name: recognised.name })}
        </p>
      )}
      {boardId && (
        <SavedPresets
          boardId={boardId}
          presets={presets}
          chosen={preset}
          current={presetColumns(table.headers, mapping)}
          defaults={defaults}
          canSave={mapping.includes('name')}
          onChoose={(chosen) => {
            setPreset(chosen);
            change(choiceOf(table, chosen));
          }}
          onChanged={onPresetsChanged}
        />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <p>{t('data.rows', { count: table.rows.length })}</p>
        <fieldset className="board-choices">
          <legend>{t('data.mappingTitle')}</legend>
          {table.headers.map((header, index) => (
            <div className="field" key={`${index}-${header}`}>
              <label htmlFor={`csv-column-${index}`}>{t('data.column', { header })}</label>
              <select
                id={`csv-column-${index}`}
                value={mapping[index] ?? ''}
                onChange={(e) => {
                  const next = [...mapping];
                  next[index] = (e.target.value || null) as AgencyColumn | null;
                  change({ mapping: next });
                }}
              >
                <option value="">{t('data.skip')}</option>
                {AGENCY_COLUMNS.map((column) => (
                  <option key={column} value={column}>
                    {t(`agency.${column}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <fieldset className="board-choices">
          <legend>{t('data.defaultsTitle')}</legend>
          <div className="field">
            <label htmlFor="csv-default-layer">{t('data.defaultLayer')}</label>
            <select
              id="csv-default-layer"
              value={layer}
              onChange={(e) => change({ layer: e.target.value as Layer | '' })}
            >
              <option value="">{t('form.choose')}</option>
              {LAYERS.map((l) => (
                <option key={l} value={l}>
                  {t(`layers.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <CheckboxGroup
            id="csv-default-fields"
            legend={t('data.defaultFields')}
            options={FIELDS}
            labelOf={(f) => t(`fields.${f}`)}
            chosen={fields}
            onChange={(chosen) => change({ fields: chosen })}
          />
        </fieldset>
        {problems.length > 0 && (
          <ul className="notice notice-error">
            {problems.map((p) => (
              <li key={p.code}>{textOf(p)}</li>
            ))}
          </ul>
        )}
        {preview && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide file scrolls sideways, and a labelled region that takes focus is how the keyboard scrolls it (WCAG 2.1.1).
          <section className="table-scroll" tabIndex={0} aria-labelledby="csv-preview-caption">
            <table className="table">
              <caption id="csv-preview-caption">
                {t('data.preview', { count: Math.min(PREVIEW_ROWS, table.rows.length) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('agency.name')}</th>
                  <th scope="col">{t('agency.layer')}</th>
                  <th scope="col">{t('agency.fields')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.agencies.map((agency, index) => (
                  <tr key={`${index}-${agency.name}`}>
                    <th scope="row">{agency.name}</th>
                    <td>{t(`layers.${agency.layer}`)}</td>
                    <td>{list((agency.fields ?? []).map((f) => t(`fields.${f}`)))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {all && (
          <section
            aria-live="polite"
            className={errors.length > 0 ? 'notice notice-error' : 'notice notice-success'}
          >
            {errors.length > 0 ? (
              <>
                <h4>{t('data.errorsTitle', { count: errors.length })}</h4>
                <CsvErrorList errors={errors} />
              </>
            ) : (
              <p>{t('data.noErrors')}</p>
            )}
          </section>
        )}
        <button type="submit" disabled={!all || errors.length > 0 || progress !== null}>
          {t('data.import', { count: all?.agencies.length ?? 0 })}
        </button>
        {progress && <ImportProgress {...progress} />}
      </form>
    </>
  );
}
