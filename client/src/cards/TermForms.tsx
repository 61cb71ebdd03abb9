import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermView } from '../../../shared/cardApi';
import { errorMessage } from '../api/errorMessage';
import { TextField } from '../forms/Field';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { SubmitButton } from '../forms/SubmitButton';
import { cardApi } from './cardEndpoints';

/** Runs a form's request and says what came of it. */
function useSubmit() {
  const { i18n } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (run: () => Promise<string>) => {
    setBusy(true);
    try {
      setOutcome({ tone: 'success', text: await run() });
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { outcome, busy, submit };
}

export function NewTermForm({
  councilId,
  onCreated,
}: {
  councilId: string;
  onCreated: (term: TermView) => void;
}) {
  const { t } = useTranslation();
  const { outcome, busy, submit } = useSubmit();
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit(async () => {
      const term = await cardApi.createTerm(councilId, { name, startsOn, endsOn });
      onCreated(term);
      setName('');
      return t('cards.termCreated', { name: term.name });
    });
  };
  return (
    <form className="form card" onSubmit={onSubmit} aria-labelledby="new-term-title">
      <h2 id="new-term-title">{t('cards.newTerm')}</h2>
      <OutcomeNotices outcome={outcome} />
      <TextField
        id="termName"
        label={t('cards.termName')}
        hint={t('cards.termNameHint')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
      />
      <TextField
        id="termStartsOn"
        type="date"
        label={t('cards.startsOn')}
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
        required
      />
      <TextField
        id="termEndsOn"
        type="date"
        label={t('cards.endsOn')}
        value={endsOn}
        onChange={(e) => setEndsOn(e.target.value)}
        required
      />
      <div className="form-buttons">
        <SubmitButton busy={busy} label={t('cards.createTerm')} busyLabel={t('app.loading')} />
      </div>
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
      <div className="form-buttons">
        <SubmitButton
          busy={busy}
          label={t('cards.createSubcommittee')}
          busyLabel={t('app.loading')}
        />
      </div>
    </form>
  );
}
