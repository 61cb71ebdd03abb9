import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/board/agency';
import type { BoardMarks } from '../../../shared/board/boardDiff';
import { removeAgencies, removeTies } from '../../../shared/board/document';
import { agenciesOf, tiesOf } from '../../../shared/board/documentLayout';
import { type AgencyFilter, filterAgencies, isFilterActive } from '../../../shared/board/filter';
import type { Tie } from '../../../shared/board/tie';
import { useFormatList } from '../i18n/useFormatList';
import { writerNames } from '../realtime/fieldWriter';
import type { RealtimeDocument } from '../realtime/provider';
import { BoardCanvas } from './canvas/BoardCanvas';
import { DataPanel } from './data/DataPanel';
import { useBoard } from './document/useBoard';
import { useBoardHistory } from './document/useBoardHistory';
import { type CellFilter, FilterPanel } from './filter/FilterPanel';
import { AgencyCards } from './forms/AgencyCards';
import { AgencyForm } from './forms/AgencyForm';
import { OfficialInfo } from './forms/OfficialInfo';
import { TieForm } from './forms/TieForm';
import { isTyping } from './keyboardTarget';
import { ListView } from './list/ListView';
import { CoverageMatrix } from './matrix/CoverageMatrix';
import { AlsoEditing } from './presence/AlsoEditing';
import { RemoteChangeAnnouncer } from './presence/RemoteChangeAnnouncer';
import { type Following, useFollowing } from './presence/useFollow';
import { type EditTarget, usePresence } from './presence/usePresence';
import { BoardSkipLinks } from './workspace/BoardSkipLinks';
import { BoardToolbar, type View } from './workspace/BoardToolbar';
import { ROOMY, WIDE } from './workspace/useMediaQuery';
import { useSidePanel } from './workspace/useSidePanel';

type Panel =
  | { kind: 'agency'; id?: string }
  | { kind: 'tie'; from?: string; tie?: Tie }
  | { kind: 'data' };

/**
 * The board editor: every view derives from the document; only UI choices live in state. It also
 * shows boards that cannot change (a term's frozen board, two terms compared), read-only, from a
 * document of the browser's own: `marks` then says what changed between the terms.
 */
export function BoardEditor({
  connection,
  boardName,
  readOnly,
  marks,
}: {
  connection: Pick<RealtimeDocument, 'name' | 'doc' | 'awareness'>;
  boardName: string;
  readOnly: boolean;
  marks?: BoardMarks;
}) {
  const { t } = useTranslation('board');
  const list = useFormatList();
  const { doc } = connection;
  // A live board's document; a term's frozen board has no agency of its own to ask about.
  const boardId = connection.name.startsWith('board:') ? connection.name.slice(6) : null;
  const board = useBoard(doc);
  const history = useBoardHistory(doc);
  const presence = usePresence(connection.awareness);
  // A phone shows the list first: it reads and edits well at any width; the map is one tap away.
  const [view, setView] = useState<View>(() =>
    window.matchMedia(WIDE).matches ? 'canvas' : 'list',
  );
  const { panel, open: setPanel, close: closePanel } = useSidePanel<Panel>();
  // The search panel takes room the map needs: open from the start only on a large window.
  const [filterOpen, setFilterOpen] = useState(() => window.matchMedia(ROOMY).matches);
  const [message, setMessage] = useState('');
  const [filter, setFilter] = useState<AgencyFilter>({});
  const [cell, setCell] = useState<CellFilter | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const following = useFollowing(presence.peers, setMessage);
  // Following shows someone's canvas, so starting to follow switches to the canvas.
  const follow: Following = {
    ...following,
    toggle: (peer) => {
      if (following.followed?.clientId !== peer.clientId) setView('canvas');
      following.toggle(peer);
    },
  };

  const visible = useMemo(() => {
    if (!isFilterActive(filter) && !cell) return null;
    const matching = new Set(filterAgencies(board.agencies, filter));
    return cell ? new Set(cell.agencyIds.filter((id) => matching.has(id))) : matching;
  }, [board.agencies, filter, cell]);

  useEffect(() => presence.setSelection(selection), [presence.setSelection, selection]);
  // What my open form edits, told to the others (a new object only when the target changes).
  const editKind =
    panel.kind === 'agency' && panel.id
      ? 'agency'
      : panel.kind === 'tie' && panel.tie
        ? 'tie'
        : null;
  const editId =
    panel.kind === 'agency' ? panel.id : panel.kind === 'tie' ? panel.tie?.id : undefined;
  const editTarget = useMemo<EditTarget | null>(
    () => (editKind && editId ? { kind: editKind, id: editId } : null),
    [editKind, editId],
  );
  useEffect(() => presence.setEditing(editTarget), [presence.setEditing, editTarget]);

  const undo = () => history.undo() && setMessage(t('announce.undone'));
  const redo = () => history.redo() && setMessage(t('announce.redone'));
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (readOnly || !(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) history.undo() && setMessage(t('announce.undone'));
      else if ((key === 'z' && event.shiftKey) || key === 'y')
        history.redo() && setMessage(t('announce.redone'));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history, readOnly, t]);

  const done = (text: string | null) => {
    closePanel();
    if (text) setMessage(text);
  };
  const deleteAgencies = (agencies: readonly Agency[]) => {
    const [first] = agencies;
    if (!first) return;
    if (!window.confirm(t('form.deleteConfirm', { name: list(agencies.map((a) => a.name)) })))
      return;
    const count = removeAgencies(
      doc,
      agencies.map((a) => a.id),
      history.origin,
    );
    setSelection([]);
    setMessage(t('announce.deleted', { count }));
  };
  const deleteTies = (ties: readonly Tie[]) => {
    if (
      removeTies(
        doc,
        ties.map((x) => x.id),
        history.origin,
      ) > 0
    )
      setMessage(t('announce.tieDeleted'));
  };
  // Saving a tie removed meanwhile reports it.
  const editTie = (tie: Tie) => setPanel({ kind: 'tie', tie });
  const editing =
    panel.kind === 'agency' && panel.id ? board.agencies.find((a) => a.id === panel.id) : undefined;
  // The form follows the tie as it is now; one removed meanwhile keeps its last state.
  const editingTie =
    panel.kind === 'tie' && panel.tie
      ? (board.ties.find((x) => x.id === panel.tie?.id) ?? panel.tie)
      : undefined;

  return (
    <div className="board-editor">
      <BoardSkipLinks onView={setView} empty={board.agencies.length === 0} />
      <BoardToolbar
        view={view}
        onView={setView}
        readOnly={readOnly}
        onAddAgency={() => setPanel({ kind: 'agency' })}
        onAddTie={() => setPanel({ kind: 'tie' })}
        history={history}
        onUndo={undo}
        onRedo={redo}
        onData={() => setPanel({ kind: 'data' })}
        filterOpen={filterOpen}
        filtering={visible !== null}
        onFilterOpen={setFilterOpen}
        peers={presence.peers}
        agencies={board.agencies}
        following={follow}
      />
      <div role="status" className="visually-hidden" data-testid="board-announcer">
        {message}
      </div>
      <RemoteChangeAnnouncer doc={doc} active />
      <div
        className="board-body"
        data-filter={filterOpen ? 'open' : 'closed'}
        data-panel={panel.kind === 'none' ? 'closed' : 'open'}
      >
        {/* Hidden, not removed, when closed: the conditions stay as they were set. */}
        <div id="board-filter" className="board-filter-panel" hidden={!filterOpen}>
          <FilterPanel
            agencies={board.agencies}
            filter={filter}
            onFilter={setFilter}
            cell={cell}
            onClear={() => {
              setFilter({});
              setCell(null);
            }}
            visible={visible}
            onShow={(agency) => {
              setSelection([agency.id]);
              if (!readOnly) setPanel({ kind: 'agency', id: agency.id });
            }}
          />
        </div>
        <div className="board-main">
          {view === 'canvas' && (
            <BoardCanvas
              doc={doc}
              boardKey={connection.name}
              boardName={boardName}
              board={board}
              origin={history.origin}
              readOnly={readOnly}
              visible={visible}
              selection={selection}
              onSelection={setSelection}
              onConnectFrom={(from) => setPanel({ kind: 'tie', from })}
              onEdit={(agency) => setPanel({ kind: 'agency', id: agency.id })}
              onEditTie={editTie}
              onDeleteAgencies={deleteAgencies}
              onDeleteTies={deleteTies}
              onAnnounce={setMessage}
              presence={presence}
              following={following}
              marks={marks}
            />
          )}
          {view === 'list' && (
            <ListView
              board={board}
              visible={visible}
              readOnly={readOnly}
              onEdit={(agency) => setPanel({ kind: 'agency', id: agency.id })}
              onDeleteAgency={(agency) => deleteAgencies([agency])}
              onEditTie={editTie}
              onDeleteTie={(tie) => deleteTies([tie])}
            />
          )}
          {view === 'matrix' && (
            <CoverageMatrix
              agencies={board.agencies}
              onCell={(need, fn, agencyIds) => {
                setCell({
                  label: t('matrix.cellFilter', {
                    need: t(`supportNeeds.${need}`),
                    fn: t(`hubFunctions.${fn}`),
                  }),
                  agencyIds,
                });
                setView('canvas');
              }}
            />
          )}
        </div>
        {panel.kind !== 'none' && (
          // Esc leaves whatever the panel shows, as Cancel does (a native select's list, open,
          // keeps its own Esc).
          <aside
            className="board-panel card"
            onKeyDown={(event) => {
              if (event.key !== 'Escape' || event.defaultPrevented) return;
              event.preventDefault();
              closePanel();
            }}
          >
            <AlsoEditing peers={presence.peers} target={editTarget} />
            {panel.kind === 'data' && (
              <DataPanel
                doc={doc}
                boardId={boardId}
                origin={history.origin}
                board={board}
                boardName={boardName}
                readOnly={readOnly}
                onDone={done}
              />
            )}
            {panel.kind === 'agency' && !readOnly && (
              <AgencyForm
                key={panel.id ?? 'new'}
                doc={doc}
                origin={history.origin}
                agency={editing}
                writerOf={editing && writerNames(agenciesOf(doc).get(editing.id), presence.peers)}
                onDone={done}
              />
            )}
            {panel.kind === 'agency' && editing && <OfficialInfo agency={editing} />}
            {panel.kind === 'agency' && editing && boardId && (
              <AgencyCards boardId={boardId} agencyId={editing.id} />
            )}
            {panel.kind === 'tie' && !readOnly && (
              <TieForm
                key={panel.tie?.id ?? panel.from ?? 'new'}
                doc={doc}
                origin={history.origin}
                agencies={board.agencies}
                from={panel.from}
                tie={editingTie}
                writerOf={editingTie && writerNames(tiesOf(doc).get(editingTie.id), presence.peers)}
                onDone={done}
              />
            )}
          </aside>
        )}
      </div>
    </div>
  );
}
