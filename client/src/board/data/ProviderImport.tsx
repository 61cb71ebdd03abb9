import { type FormEvent, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Agency } from '../../../../shared/board/agency';
import type { CsvTable } from '../../../../shared/board/csvImport';
import { type CityFilter, listPlaces } from '../../../../shared/board/providers/cities';
import type { NormaliseKind } from '../../../../shared/board/providers/normalise';
import { type ProviderPreset, presetMapping } from '../../../../shared/board/providers/presets';
import {
  planProviderImport,
  previewProviderImport,
} from '../../../../shared/board/providers/providerImport';
import { applyChanges, type ReimportPlan } from '../../../../shared/board/providers/reimport';
import { skippedRowsCsv } from '../../../../shared/board/providers/skippedCsv';
import type { Suggestion } from '../../../../shared/board/providers/suggestions';
import { useIssueText } from '../../forms/useIssueText';
import type { LocalOrigin } from '../document/useBoardHistory';
import { writeInBatches } from './batchedImport';
import { download, fileBase } from './download';
import { ImportProgress } from './ImportProgress';
import { ServiceSuggestions } from './ServiceSuggestions';

// A skipped-rows list this long is a file to fix, not to read on screen: the CSV has them all.
const SKIPPED_SHOWN = 100;

type Props = {
  doc: Y.Doc;
  origin: LocalOrigin;
  agencies: readonly Agency[];
  table: CsvTable;
  preset: ProviderPreset;
  fileName: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const today = (now = new Date()) =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Digits are a 都道府県・市区町村コード, anything else a name. */
function cityFilter(text: string): CityFilter {
  const value = text.trim();
  return /^[0-9０-９]+$/u.test(value) ? { code: value } : { name: value };
}

type Written = { plan: ReimportPlan; created: number; failedRows: number };

/** An official provider list (recognised by its header): the city, a preview, then the import. */
export function ProviderImport({ doc, origin, agencies, table, preset, fileName }: Props) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  const mapping = useMemo(() => presetMapping(preset, table.headers), [preset, table]);
  const places = useMemo(() => listPlaces(table.rows, mapping), [table, mapping]);
  const [city, setCity] = useState('');
  const [padCodes, setPadCodes] = useState(false);
  const [overrides, setOverrides] = useState<Record<string, Suggestion>>({});
  const [source, setSource] = useState(fileName);
  const [sourceDate, setSourceDate] = useState(today());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  const typedCity = useDeferredValue(city);
  const typedSource = useDeferredValue(source);

  const preview = useMemo(
    () =>
      previewProviderImport(table, {
        mapping,
        preset,
        filter: cityFilter(typedCity),
        padCodes,
        overrides,
        source: typedSource.trim() || undefined,
        sourceDate: sourceDate || undefined,
      }),
    [table, mapping, preset, typedCity, typedSource, padCodes, overrides, sourceDate],
  );
  const plan = useMemo(
    () => (preview.ok ? planProviderImport(agencies, preview, today()) : null),
    [agencies, preview],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!plan || progress) return;
    const total = plan.changes.length;
    const result: Written = { plan, created: 0, failedRows: 0 };
    setWritten(null);
    setProgress({ done: 0, total });
    await writeInBatches(
      plan.changes,
      origin,
      (batch) => {
        const applied = applyChanges(doc, batch, origin);
        result.created += applied.created.length;
        result.failedRows += applied.failed.reduce((sum, f) => sum + f.rows.length, 0);
      },
      (done) => setProgress({ done, total }),
    );
    setProgress(null);
    setWritten(result);
  };

  const saveSkipped = () => {
    if (!preview.ok) return;
    const name = `${fileBase(fileName.replace(/\.csv$/iu, ''))}_${t('providers.skippedFileName')}.csv`;
    download(name, skippedRowsCsv(table, preview.skipped, textOf), 'text/csv;charset=utf-8');
  };

  const noteCounts = new Map<NormaliseKind, number>();
  for (const note of preview.ok ? preview.notes : []) {
    noteCounts.set(note.kind, (noteCounts.get(note.kind) ?? 0) + 1);
  }

  return (
    <form className="form provider-import" onSubmit={submit} noValidate>
      <p className="notice notice-info">
        {t('providers.recognised', { name: t(`providers.presets.${preset.id}`) })}
      </p>
      <p>{t('providers.fileRows', { count: table.rows.length, cities: places.length })}</p>
      <div className="field">
        <label htmlFor="provider-city">{t('providers.city')}</label>
        <p id="provider-city-hint" className="field-hint">
          {t('providers.cityHint')}
        </p>
        <input
          id="provider-city"
          type="text"
          list="provider-places"
          autoComplete="off"
          aria-describedby="provider-city-hint"
          value={city}
          onChange={(e) => setCity(e.target.value)}
        />
        <datalist id="provider-places">
          {places.map((place) => (
            <option key={place.label} value={place.label}>
              {t('providers.place', { code: place.code, count: place.count })}
            </option>
          ))}
        </datalist>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="provider-source">{t('agency.source')}</label>
          <input
            id="provider-source"
            type="text"
            value={source}
            onChange={(e) => setSource(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="provider-source-date">{t('agency.sourceDate')}</label>
          <input
            id="provider-source-date"
            type="date"
            value={sourceDate}
            onChange={(e) => setSourceDate(e.target.value)}
          />
        </div>
      </div>
      <section aria-live="polite" aria-labelledby="provider-preview-title">
        <h4 id="provider-preview-title">{t('providers.previewTitle')}</h4>
        {preview.ok ? (
          <>
            <p data-testid="provider-preview">
              {t('providers.merged', { rows: preview.rows, count: preview.providers.length })}
            </p>
            {plan && (
              <p data-testid="provider-plan">
                {t('providers.planned', {
                  created: plan.created,
                  updated: plan.updated,
                  notListed: plan.notListed.length,
                })}
              </p>
            )}
          </>
        ) : (
          <ul className="notice notice-error">
            {preview.problems.map((problem) => (
              <li key={problem}>{t(`providers.problems.${problem}`, { count: preview.rows })}</li>
            ))}
          </ul>
        )}
      </section>
      {preview.ok && preview.lostZeros > 0 && (
        <div className="field">
          <label className="board-choice">
            <input
              type="checkbox"
              checked={padCodes}
              aria-describedby="provider-pad-hint"
              onChange={(e) => setPadCodes(e.target.checked)}
            />
            {t('providers.padCodes')}
          </label>
          <p id="provider-pad-hint" className="field-hint">
            {t('providers.padCodesHint', { count: preview.lostZeros })}
          </p>
        </div>
      )}
      {preview.ok && preview.services.length > 0 && (
        <ServiceSuggestions
          services={preview.services}
          onChange={(service, suggestion) =>
            setOverrides((current) => ({ ...current, [service]: suggestion }))
          }
        />
      )}
      {noteCounts.size > 0 && (
        <section aria-labelledby="provider-notes-title">
          <h4 id="provider-notes-title">{t('providers.notesTitle')}</h4>
          <ul>
            {[...noteCounts].map(([kind, count]) => (
              <li key={kind}>{t(`providers.notes.${kind}`, { count })}</li>
            ))}
          </ul>
        </section>
      )}
      {preview.ok && preview.skipped.length > 0 && (
        <section className="notice notice-error" aria-labelledby="provider-skipped-title">
          <h4 id="provider-skipped-title">
            {t('providers.skippedTitle', { count: preview.skipped.length })}
          </h4>
          <ul className="csv-errors">
            {preview.skipped.slice(0, SKIPPED_SHOWN).map((skip, index) => (
              <li key={`${skip.row}-${skip.column}-${index}`}>
                {t('providers.skipped', {
                  row: skip.row,
                  column: skip.column,
                  value: skip.value,
                  issue: textOf(skip.issue),
                })}
              </li>
            ))}
          </ul>
          {preview.skipped.length > SKIPPED_SHOWN && (
            <p>{t('providers.skippedMore', { count: preview.skipped.length - SKIPPED_SHOWN })}</p>
          )}
          <button type="button" className="button-secondary" onClick={saveSkipped}>
            {t('providers.saveSkipped')}
          </button>
        </section>
      )}
      <button type="submit" disabled={!plan || plan.changes.length === 0 || progress !== null}>
        {t('providers.import', { count: preview.ok ? preview.providers.length : 0 })}
      </button>
      {progress && <ImportProgress {...progress} />}
      <div role="status" data-testid="provider-summary">
        {written && (
          <p className="notice notice-success">
            {t('providers.summary', {
              updated: written.plan.updated,
              created: written.created,
              notListed: written.plan.notListed.length,
            })}
            {written.failedRows > 0 && ` ${t('providers.failed', { count: written.failedRows })}`}
          </p>
        )}
      </div>
    </form>
  );
}
