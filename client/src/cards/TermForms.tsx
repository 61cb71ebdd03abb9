import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../shared/cardApi';
import { TextField } from '../forms/Field';
import { OutcomeNotices } from '../forms/Notice';
import { SaveOrCancel } from '../forms/SaveOrCancel';
import { useSubmit } from '../forms/useSubmit';
import { cardApi } from './cardEndpoints';
import { NO_TERM, TermFields } from './TermFields';

export function NewTermForm({
  councilId,
  onCreated,
}: {
  councilId: string;
  onCreated: (term: TermView) => void;
}) {
  const { t } = useTranslation();
  const { outcome, busy, submit } = useSubmit();
  const [term, setTerm] = useState(NO_TERM);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit(async () => {
      const created = await cardApi.createTerm(councilId, term);
      onCreated(created);
      setTerm({ ...term, name: '' });
      return t('cards.termCreated', { name: created.name });
    });
  };
  return (
    <form className="form card" onSubmit={onSubmit} aria-labelledby="new-term-title">
      <h2 id="new-term-title">{t('cards.newTerm')}</h2>
      <OutcomeNotices outcome={outcome} />
      <TermFields idPrefix="term" value={term} onChange={setTerm} />
      <SaveOrCancel busy={busy} saveLabel={t('cards.createTerm')} busyLabel={t('app.loading')} />
    </form>
  );
}

export function NewSubcommitteeForm({
  termId,
  onCreated,
}: {
  termId: string;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const { outcome, busy, submit } = useSubmit();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit(async () => {
      const created = await cardApi.createSubcommittee(termId, { name, purpose });
      return t('cards.subcommitteeCreated', { name: created.name });
    });
    if (ok) {
      setName('');
      setPurpose('');
      onCreated();
    }
  };
  return (
    <form className="form form-inline" onSubmit={onSubmit} aria-labelledby="new-sub-title">
      <h3 id="new-sub-title">{t('cards.newSubcommittee')}</h3>
      <OutcomeNotices outcome={outcome} />
      <TextField
        id="subcommitteeName"
        label={t('cards.subcommitteeName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
      />
      <TextField
        id="subcommitteePurpose"
        label={t('cards.purpose')}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <SaveOrCancel
        busy={busy}
        saveLabel={t('cards.createSubcommittee')}
        busyLabel={t('app.loading')}
      />
    </form>
  );
}
