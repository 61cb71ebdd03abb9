import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TermContentsView } from '../../../shared/cardApi';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { Notice, OutcomeNotices } from '../forms/Notice';
import { SaveOrCancel } from '../forms/SaveOrCancel';
import { useSubmit } from '../forms/useSubmit';
import { usePunctuation } from '../i18n/usePunctuation';
import { PageHeading } from '../layout/PageHeading';
import { DocumentClosedNotice } from '../realtime/DocumentClosedNotice';

import { useTermChanges } from '../realtime/presence';
import { CardTable } from './CardTable';
import { cardApi } from './cardEndpoints';
import { takeTermContents } from './earlyTerm';
import './cards.css';
import { TablePresence } from './TablePresence';
import { TermRefusedNotice } from './TermRefusedNotice';
import { useTablePresence } from './useTablePresence';
import { type TermDocument, useTermDocument, useTermEntries } from './useTermDocument';

/** `/terms/:termId/subcommittees/:id`: the 部会's four-column table, co-edited live. */
export function SubcommitteeTablePage() {
  const { t, i18n } = useTranslation();
  const { termId = '', subcommitteeId = '' } = useParams();
  const [contents, reload] = useApiData(
    queryKeys.term(termId),
    () => takeTermContents(termId) ?? cardApi.term(termId),
  );
  // Both asked for when the route matched (earlyTerm.ts), the document not after the rows.
  const termDocument = useTermDocument(termId);
  useTermChanges(termId, useCallback(reload, [reload]));
  if (contents.state === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (contents.state === 'failed') {
    return (
      <div className="page">
        <Notice tone="error">{errorMessage(contents.error, i18n)}</Notice>
      </div>
    );
  }
  return (
    <SubcommitteeTable
      contents={contents.data}
      termDocument={termDocument}
      subcommitteeId={subcommitteeId}
      reload={reload}
    />
  );
}

function SubcommitteeTable({
  contents,
  termDocument,
  subcommitteeId,
  reload,
}: {
  contents: TermContentsView;
  termDocument: TermDocument;
  subcommitteeId: string;
  reload: () => void;
}) {
  const { t } = useTranslation(['translation', 'reports']);
  const { labelled } = usePunctuation();
  const { term } = contents;
  const subcommittee = contents.subcommittees.find((s) => s.id === subcommitteeId);
  const cards = contents.cards.filter((c) => c.subcommitteeId === subcommitteeId);
  const { doc, awareness, state } = termDocument;
  const entries = useTermEntries(doc);
  const presence = useTablePresence(awareness);
  const editable = term.can.edit && !state.readOnly && doc !== null;
  const name = subcommittee?.name ?? '';

  return (
    <div className="page page-wide">
      <p>
        <Link to={`/councils/${term.councilId}/cards?term=${term.id}`}>
          {t('cards.backToCards')}
        </Link>
      </p>
      <PageHeading title={t('cards.tableTitle', { name })}>
        {t('cards.tableTitle', { name })}
      </PageHeading>
      <p className="lead">
        {term.name}
        {subcommittee?.purpose ? ` — ${labelled(t('cards.purpose'), subcommittee.purpose)}` : ''}
      </p>
      <p>
        <Link to={`/terms/${term.id}/subcommittees/${subcommitteeId}/proposal`}>
          {t('reports:proposal.open')}
        </Link>
      </p>
      {term.closedAt && <p className="notice notice-info">{t('cards.readOnlyTerm')}</p>}
      {!term.closedAt && !term.can.edit && <p className="aside">{t('cards.readOnlyRole')}</p>}
      <DocumentClosedNotice closed={state.closed} />
      <TermRefusedNotice term={term} doc={doc} state={state} reload={reload} />
      <TablePresence peers={presence.peers} />
      {!state.ready && <p>{t('cards.loadingTable')}</p>}
      {doc && state.ready && (
        <CardTable
          councilId={term.councilId}
          doc={doc}
          cards={cards}
          entries={entries}
          editable={editable}
          peers={presence.peers}
          onEditing={presence.setEditing}
        />
      )}
      {term.can.edit && subcommittee && (
        <NewCardForm termId={term.id} subcommitteeId={subcommittee.id} onCreated={reload} />
      )}
    </div>
  );
}

function NewCardForm({
  termId,
  subcommitteeId,
  onCreated,
}: {
  termId: string;
  subcommitteeId: string;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const { outcome, busy, submit } = useSubmit();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(async () => {
      const card = await cardApi.createCard(termId, { subcommitteeId, code, title });
      return t('cards.cardCreated', { title: card.title });
    });
    if (ok) {
      setCode('');
      setTitle('');
      onCreated();
    }
  };
  return (
    <form className="form form-inline card" onSubmit={onSubmit} aria-labelledby="new-card-title">
      <h2 id="new-card-title">{t('cards.newCard')}</h2>
      <OutcomeNotices outcome={outcome} />
      <TextField
        id="cardCode"
        label={t('cards.cardCode')}
        hint={t('cards.cardCodeHint')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <TextField
        id="cardTitle"
        label={t('cards.cardTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
      />
      <SaveOrCancel busy={busy} saveLabel={t('cards.createCard')} busyLabel={t('app.loading')} />
    </form>
  );
}
