import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type BoardView,
  type CouncilView,
  createBoardBody,
  type UpdateBoardBody,
} from '../../../shared/api';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData, useInvalidate } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { Notice, type Outcome, OutcomeNotices } from '../forms/Notice';
import { SaveOrCancel } from '../forms/SaveOrCancel';
import { SubmitButton } from '../forms/SubmitButton';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, fieldErrors, hasErrors } from '../forms/validation';
import { formatDate } from '../i18n/formatDate';

/** The council's network boards: open, create, rename, archive and restore. */
export function BoardsSection({ council }: { council: CouncilView }) {
  const { t, i18n } = useTranslation();
  const [boards, reload] = useApiData(queryKeys.boards(council.id), () => api.boards(council.id));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const canCreate = council.can.createBoard;

  const run = async (change: () => Promise<unknown>, success: string) => {
    try {
      await change();
      setOutcome({ tone: 'success', text: success });
      reload();
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
      return false;
    }
  };

  const list = boards.state === 'ready' ? boards.data : [];
  const active = list.filter((b) => !b.archived);
  const archived = list.filter((b) => b.archived);

  return (
    <section aria-labelledby="boards-title" className="card">
      <h2 id="boards-title">{t('home.boards.title')}</h2>
      <p>{t('home.boards.intro')}</p>
      <OutcomeNotices outcome={outcome} />
      {boards.state === 'loading' && <p>{t('app.loading')}</p>}
      {boards.state === 'failed' && (
        <Notice tone="error">{errorMessage(boards.error, i18n)}</Notice>
      )}
      {boards.state === 'ready' && active.length === 0 && (
        <div className="empty-state">
          <p>{t('home.boards.empty')}</p>
          {canCreate && <p>{t('home.boards.emptyCreate')}</p>}
        </div>
      )}
      {active.length > 0 && (
        <ul className="board-list">
          {active.map((board) => (
            <BoardItem key={board.id} board={board} run={run} />
          ))}
        </ul>
      )}
      {canCreate ? (
        <CreateBoardForm
          onCreate={(name) =>
            run(() => api.createBoard(council.id, { name }), t('home.boards.created', { name }))
          }
        />
      ) : (
        <p className="aside">{t('home.boards.readOnly')}</p>
      )}
      {archived.length > 0 && (
        <>
          <h3>{t('home.boards.archivedTitle')}</h3>
          <ul className="board-list board-list-archived">
            {archived.map((board) => (
              <BoardItem key={board.id} board={board} run={run} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type Run = (change: () => Promise<unknown>, success: string) => Promise<boolean>;

function BoardItem({ board, run }: { board: BoardView; run: Run }) {
  const invalidate = useInvalidate();
  // The board's own page shows its name and whether it is archived.
  const update = (body: UpdateBoardBody) =>
    api.updateBoard(board.id, body).then(() => invalidate(queryKeys.board(board.id)));
  const canChange = board.can.update;
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  // Archiving takes the board out of everyone's editing, so it is asked once more.
  const [confirming, setConfirming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const name = board.name;

  const wasRenaming = useRef(false);
  // Back on the button that opened the rename form, so the keyboard does not lose its place.
  useEffect(() => {
    if (renaming) wasRenaming.current = true;
    else if (wasRenaming.current) renameButton.current?.focus();
  }, [renaming]);
  const stopRenaming = () => setRenaming(false);

  return (
    <li className="board-item">
      <div className="board-item-main">
        <Link to={`/boards/${board.id}`} className="board-link">
          {name}
        </Link>
        <span className="board-meta">
          {t('home.boards.createdAt', { date: formatDate(board.createdAt, i18n.language) })}
        </span>
      </div>
      {canChange && renaming && (
        <RenameForm
          board={board}
          onCancel={stopRenaming}
          onSave={async (newName) => {
            const ok = await run(
              () => update({ name: newName }),
              t('home.boards.renamed', { name: newName }),
            );
            if (ok) stopRenaming();
          }}
        />
      )}
      {canChange && !renaming && (
        <div className="board-actions">
          {!board.archived && (
            <button
              ref={renameButton}
              type="button"
              className="button-secondary"
              onClick={() => setRenaming(true)}
              aria-label={t('home.boards.renameAction', { name })}
            >
              {t('home.boards.rename')}
            </button>
          )}
          <button
            type="button"
            className="button-secondary"
            aria-label={t(
              board.archived ? 'home.boards.restoreLabel' : 'home.boards.archiveLabel',
              {
                name,
              },
            )}
            aria-expanded={board.archived ? undefined : confirming}
            onClick={() =>
              board.archived
                ? run(() => update({ archived: false }), t('home.boards.restored', { name }))
                : setConfirming(true)
            }
          >
            {t(board.archived ? 'home.boards.restore' : 'home.boards.archive')}
          </button>
        </div>
      )}
      {canChange && confirming && !board.archived && (
        <div className="board-confirm">
          <p id={`archive-ask-${board.id}`}>{t('home.boards.archiveAsk', { name })}</p>
          <p className="button-row">
            <button
              type="button"
              // biome-ignore lint/a11y/noAutofocus: opened by the person's own click on アーカイブ
              autoFocus
              aria-describedby={`archive-ask-${board.id}`}
              onClick={async () => {
                const ok = await run(
                  () => update({ archived: true }),
                  t('home.boards.archived', { name }),
                );
                if (ok) setConfirming(false);
              }}
            >
              {t('home.boards.archiveConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('home.boards.archiveCancel')}
            </button>
          </p>
        </div>
      )}
    </li>
  );
}

function RenameForm({
  board,
  onSave,
  onCancel,
}: {
  board: BoardView;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [name, setName] = useState(board.name);
  const [errors, setErrors] = useState<FieldErrors<'name'>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = fieldErrors<'name'>(createBoardBody, { name });
    setErrors(found);
    if (hasErrors(found)) return focusFirstError();
    await onSave(name.trim());
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form form-inline">
      <TextField
        id={`rename-${board.id}`}
        label={t('home.boards.renameLabel', { name: board.name })}
        error={errors.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
        autoFocus
      />
      <SaveOrCancel
        saveLabel={t('home.boards.renameSave')}
        cancelLabel={t('home.boards.renameCancel')}
        onCancel={onCancel}
      />
    </form>
  );
}

function CreateBoardForm({ onCreate }: { onCreate: (name: string) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'name'>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = fieldErrors<'name'>(createBoardBody, { name });
    setErrors(found);
    if (hasErrors(found)) return focusFirstError();
    setBusy(true);
    if (await onCreate(name.trim())) setName('');
    setBusy(false);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form form-inline create-board">
      <h3>{t('home.boards.create')}</h3>
      <TextField
        id="boardName"
        label={t('home.boards.name')}
        hint={t('home.boards.nameHint')}
        error={errors.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
      />
      <div className="form-buttons">
        <SubmitButton
          busy={busy}
          label={t('home.boards.createSubmit')}
          busyLabel={t('home.boards.creating')}
        />
      </div>
    </form>
  );
}
