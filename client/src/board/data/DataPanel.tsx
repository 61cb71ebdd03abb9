import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { agenciesToCsv, boardToJson, tiesToCsv } from '../../../../shared/board/csvExport';
import { type CsvTable, type RowError, readCsvTable } from '../../../../shared/board/csvImport';
import type { Board } from '../../../../shared/board/document';
import { type ProviderPreset, recognisePreset } from '../../../../shared/board/providers/presets';
import { recogniseSavedPreset, type SavedPreset } from '../../../../shared/board/savedPresets';
import type { Issue } from '../../../../shared/issues/fieldIssue';
import { api } from '../../api/endpoints';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { useIssueText } from '../../forms/useIssueText';
import type { LocalOrigin } from '../document/useBoardHistory';
import { CsvErrorList } from './CsvErrorList';
import { download, fileBase } from './download';
import { MappedImport } from './MappedImport';
import { ProviderImport } from './ProviderImport';

const CSV_TYPE = 'text/csv;charset=utf-8';

type Props = {
  doc: Y.Doc;
  /** The live board's id (its council's saved import settings); none for a frozen board. */
  boardId: string | null;
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
export function DataPanel({ doc, boardId, origin, board, boardName, readOnly, onDone }: Props) {
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
        <CsvImport
          doc={doc}
          boardId={boardId}
          origin={origin}
          agencies={board.agencies}
          onDone={onDone}
        />
      )}
      <div className="form-buttons">
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}

type ImportProps = Pick<Props, 'doc' | 'boardId' | 'origin' | 'onDone'> & {
  agencies: Board['agencies'];
};

type ChosenFile = {
  table: CsvTable;
  name: string;
  /** An official list, recognised by its header row… */
  official: ProviderPreset | null;
  /** …or else a setting the council saved for such files, as known when the file was chosen. */
  saved: SavedPreset | null;
};

function CsvImport({ doc, boardId, origin, agencies, onDone }: ImportProps) {
  const { t } = useTranslation('board');
  const textOf = useIssueText();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [readError, setReadError] = useState<{ issue: Issue; errors: RowError[] } | null>(null);
  const [presetsData, reloadPresets] = useApiData(
    queryKeys.importPresets(boardId ?? ''),
    async () => (boardId ? api.importPresets(boardId) : []),
  );
  const presets = presetsData.state === 'ready' ? presetsData.data : [];

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setReadError(null);
    if (!chosen) return;
    const read = readCsvTable(new Uint8Array(await chosen.arrayBuffer()));
    if (!read.ok) return setReadError({ issue: read.issue, errors: read.errors });
    const official = recognisePreset(read.table.headers);
    const saved = official ? null : recogniseSavedPreset(presets, read.table.headers);
    setFile({ table: read.table, name: chosen.name, official, saved });
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
          <CsvErrorList errors={readError.errors} />
        </div>
      )}
      {file?.table.note && <p className="notice notice-info">{textOf(file.table.note)}</p>}
      {file?.official && (
        <ProviderImport
          key={`${file.name}-${file.table.rows.length}`}
          doc={doc}
          origin={origin}
          agencies={agencies}
          table={file.table}
          preset={file.official}
          fileName={file.name}
        />
      )}
      {file && !file.official && (
        <MappedImport
          key={file.name}
          doc={doc}
          agencies={agencies}
          origin={origin}
          table={file.table}
          boardId={boardId}
          presets={presets}
          recognised={file.saved}
          onPresetsChanged={reloadPresets}
          onDone={onDone}
        />
      )}
    </section>
  );
}
