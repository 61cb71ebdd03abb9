import { type ChangeEvent, type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  AGENCY_COLUMNS,
  type AgencyColumn,
  suggestMapping,
} from '../../../../shared/board/csvColumns';
import { agenciesToCsv, boardToJson, tiesToCsv } from '../../../../shared/board/csvExport';
import {
  type CsvTable,
  convertRows,
  type ImportPlan,
  mappingProblems,
  prepareImport,
  type RowError,
  readCsvTable,
} from '../../../../shared/board/csvImport';
import type { Board } from '../../../../shared/board/document';
import { recognisePreset } from '../../../../shared/board/providers/presets';
import { FIELDS, type Field, LAYERS, type Layer } from '../../../../shared/domain';
import type { Issue } from '../../../../shared/issues/fieldIssue';
import { useIssueText } from '../../forms/useIssueText';
import { useFormatList } from '../../i18n/useFormatList';
import type { LocalOrigin } from '../document/useBoardHistory';
import { CheckboxGroup } from '../forms/formControls';
import { insertInBatches } from './batchedImport';
import { download, fileBase } from './download';
import { ImportProgress } from './ImportProgress';
import { ProviderImport } from './ProviderImport';

const PREVIEW_ROWS = 5;
const CSV_TYPE = 'text/csv;charset=utf-8';

type Props = {
  doc: Y.Doc;
  origin: LocalOrigin;
  board: Board;
  boardName: string;
  readOnly: boolean;
  onDone: (message: string | null) => void;
};

/**
 * CSV/JSON export of the board, and CSV import: an official provider list (recognised by its
 * header) goes through ProviderImport; any other file is mapped by hand and imports all or nothing.
 */
export function DataPanel({ doc, origin, board, boardName, readOnly, onDone }: Props) {
  const { t } = useTranslation('board');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const base = fileBase(boardName);

  return (
    <div className="board-data">
      <h2 ref={heading} tabIndex={-1}>
        {t('data.title')}
      </h2>
      <h3>{t('data.exportTitle')}</h3>
      <div className="form-buttons board-export">
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            download(
              `${base}_${t('data.agenciesFileName')}.csv`,
              agenciesToCsv(board.agencies),
              CSV_TYPE,
            )
          }
        >
          {t('data.exportAgencies')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            download(
              `${base}_${t('data.tiesFileName')}.csv`,
              tiesToCsv(board.ties, board.agencies),
              CSV_TYPE,
            )
          }
        >
          {t('data.exportTies')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => download(`${base}.json`, boardToJson(board), 'application/json')}
        >
          {t('data.exportJson')}
        </button>
      </div>
      {!readOnly && (
        <CsvImport doc={doc} origin={origin} agencies={board.agencies} onDone={onDone} />
      )}
      <div className="form-buttons">
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}

type ImportProps = Pick<Props, 'doc' | 'origin' | 'onDone'> & { agencies: Board['agencies'] };

function CsvImport({ doc, origin, agencies, onDone }: ImportProps) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  const [file, setFile] = useState<{ table: CsvTable; name: string } | null>(null);
  const [readError, setReadError] = useState<{ issue: Issue; errors: RowError[] } | null>(null);
  const preset = useMemo(() => file && recognisePreset(file.table.headers), [file]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setReadError(null);
    if (!chosen) return;
    const read = readCsvTable(new Uint8Array(await chosen.arrayBuffer()));
    if (read.ok) setFile({ table: read.table, name: chosen.name });
    else setReadError({ issue: read.issue, errors: read.errors });
  };

  return (
    <section className="board-import" aria-labelledby="csv-import-title">
      <h3 id="csv-import-title">{t('data.importTitle')}</h3>
      <div className="field">
        <label htmlFor="csv-file">{t('data.file')}</label>
        <p id="csv-file-hint" className="field-hint">
          {t('data.fileHint')}
        </p>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="csv-file-hint"
          onChange={choose}
        />
      </div>
      {readError && (
        <div role="alert" className="notice notice-error">
          <p>{textOf(readError.issue)}</p>
          <ErrorList errors={readError.errors} />
        </div>
      )}
      {file?.table.note && <p className="notice notice-info">{textOf(file.table.note)}</p>}
      {file && preset && (
        <ProviderImport
          key={`${file.name}-${file.table.rows.length}`}
          doc={doc}
          origin={origin}
          agencies={agencies}
          table={file.table}
          preset={preset}
          fileName={file.name}
        />
      )}
      {file && !preset && (
        <MappedImport
          key={file.name}
          doc={doc}
          origin={origin}
          table={file.table}
          onDone={onDone}
        />
      )}
    </section>
  );
}

function MappedImport({
  doc,
  origin,
  table,
  onDone,
}: Pick<Props, 'doc' | 'origin' | 'onDone'> & { table: CsvTable }) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const textOf = useIssueText();
  const [mapping, setMapping] = useState<(AgencyColumn | null)[]>(() =>
    suggestMapping(table.headers),
  );
  const [layer, setLayer] = useState<Layer | ''>('');
  const [fields, setFields] = useState<Field[]>([]);
  const [importErrors, setImportErrors] = useState<RowError[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const plan: ImportPlan = {
    mapping,
    defaults: { ...(layer ? { layer } : {}), ...(fields.length > 0 ? { fields } : {}) },
  };
  const problems = mappingProblems(plan);
  const preview = problems.length === 0 ? convertRows(table, plan, PREVIEW_ROWS) : null;
  const all = problems.length === 0 ? convertRows(table, plan) : null;
  const errors = importErrors.length > 0 ? importErrors : (all?.errors ?? []);

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
                setMapping(next);
                setImportErrors([]);
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
            onChange={(e) => setLayer(e.target.value as Layer | '')}
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
          onChange={setFields}
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
        <div className="table-scroll">
          <table className="table">
            <caption>
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
        </div>
      )}
      {all && (
        <section
          aria-live="polite"
          className={errors.length > 0 ? 'notice notice-error' : 'notice notice-success'}
        >
          {errors.length > 0 ? (
            <>
              <h4>{t('data.errorsTitle', { count: errors.length })}</h4>
              <ErrorList errors={errors} />
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
  );
}

function ErrorList({ errors }: { errors: readonly RowError[] }) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  if (errors.length === 0) return null;
  return (
    <ul className="csv-errors">
      {errors.map((error, index) => (
        <li key={`${error.row}-${error.column}-${index}`}>
          {error.column
            ? t('data.cellIssue', {
                row: error.row,
                column: error.column,
                issue: textOf(error.issue),
              })
            : t('data.rowIssue', { row: error.row, issue: textOf(error.issue) })}
        </li>
      ))}
    </ul>
  );
}
