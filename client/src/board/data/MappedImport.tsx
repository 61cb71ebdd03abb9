import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  AGENCY_COLUMNS,
  type AgencyColumn,
  suggestMapping,
} from '../../../../shared/board/csvColumns';
import {
  type DuplicateChoice,
  findExisting,
  planRowImport,
} from '../../../../shared/board/csvDuplicates';
import {
  type Conversion,
  type CsvTable,
  convertRows,
  type ImportPlan,
  mappingProblems,
  prepareImport,
  type RowError,
} from '../../../../shared/board/csvImport';
import { type Board, readBoard } from '../../../../shared/board/document';
import { applyChanges } from '../../../../shared/board/providers/reimport';
import {
  presetColumns,
  type SavedPreset,
  savedPresetPlan,
} from '../../../../shared/board/savedPresets';
import { FIELDS, type Field, LAYERS, type Layer } from '../../../../shared/domain';
import { useIssueText } from '../../forms/useIssueText';
import type { LocalOrigin } from '../document/useBoardHistory';
import { CheckboxGroup } from '../forms/formControls';
import { writeInBatches } from './batchedImport';
import { CsvErrorList } from './CsvErrorList';
import { DuplicateRows, type Repeat } from './DuplicateRows';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { SavedPresets } from './SavedPresets';

type Props = {
  doc: Y.Doc;
  /** The board's agencies now, to find the rows it already has. */
  agencies: Board['agencies'];
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

function repeatsOf(agencies: Board['agencies'], all: Conversion | null): Repeat[] {
  if (!all) return [];
  const found = findExisting(agencies, all.agencies);
  return found.flatMap((existing, index) =>
    existing
      ? [{ row: all.rows[index] ?? 0, name: all.agencies[index]?.name ?? '', existing }]
      : [],
  );
}

/** What the import will do, for the button, before the person presses it. */
function countsOf(repeats: number, valid: number, choice: DuplicateChoice) {
  const updated = choice === 'update' ? repeats : 0;
  const skipped = choice === 'skip' ? repeats : 0;
  return { updated, added: valid - updated - skipped, skipped };
}

/** A file of no known format: each column mapped by hand (or by a saved setting); all rows or none. */
export function MappedImport({
  doc,
  agencies,
  origin,
  table,
  boardId,
  presets,
  recognised,
  onPresetsChanged,
  onDone,
}: Props) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  const [preset, setPreset] = useState<SavedPreset | null>(recognised);
  const [{ mapping, layer, fields }, setChoice] = useState<Choice>(() =>
    choiceOf(table, recognised),
  );
  const [importErrors, setImportErrors] = useState<RowError[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateChoice | null>(null);
  const defaults = { ...(layer ? { layer } : {}), ...(fields.length > 0 ? { fields } : {}) };
  const plan: ImportPlan = { mapping, defaults };
  const problems = mappingProblems(plan);
  const all = problems.length === 0 ? convertRows(table, plan) : null;
  const errors = importErrors.length > 0 ? importErrors : (all?.errors ?? []);
  const repeats = repeatsOf(agencies, all);
  const repeatedRows = new Set(repeats.map((r) => r.row));
  const ready =
    all !== null && errors.length === 0 && (repeats.length === 0 || duplicates !== null);
  const buttonText = buttonLabel();

  function buttonLabel(): string {
    if (!all || errors.length > 0) return t('data.importBlocked');
    if (repeats.length === 0) return t('data.import', { count: all.agencies.length });
    if (!duplicates) return t('data.duplicates.chooseFirst');
    const planned = countsOf(repeats.length, all.agencies.length, duplicates);
    return t('data.duplicates.import', planned);
  }

  const change = (next: Partial<Choice>) => {
    setChoice((current) => ({ ...current, ...next }));
    setImportErrors([]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (progress) return;
    const result = prepareImport(doc, table, plan);
    if (!result.ok) return setImportErrors(result.errors);
    // The board as it is now: someone may have added or removed an agency since the preview.
    const existing = readBoard(doc).agencies;
    const planned = planRowImport(
      existing,
      table.rows,
      mapping,
      result.agencies,
      duplicates ?? 'add',
    );
    const total = planned.changes.length;
    setProgress({ done: 0, total });
    let failed = 0;
    await writeInBatches(
      planned.changes,
      origin,
      (batch) => {
        failed += applyChanges(doc, batch, origin).failed.reduce((n, f) => n + f.rows.length, 0);
      },
      (done) => setProgress({ done, total }),
    );
    const message =
      planned.updated + planned.skipped === 0
        ? t('data.imported', { count: planned.added })
        : t('data.duplicates.imported', planned);
    onDone(failed > 0 ? `${message} ${t('data.failedRows', { count: failed })}` : message);
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
        {all && all.agencies.length > 0 && (
          <ImportPreview conversion={all} total={table.rows.length} repeated={repeatedRows} />
        )}
        {repeats.length > 0 && errors.length === 0 && (
          <DuplicateRows repeats={repeats} choice={duplicates} onChoose={setDuplicates} />
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
        <button type="submit" disabled={!ready || progress !== null}>
          {buttonText}
        </button>
        {progress && <ImportProgress {...progress} />}
      </form>
    </>
  );
}
