import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CouncilView } from '../../../shared/api';
import { type CaseSummary, createCaseBody } from '../../../shared/caseApi';
import { AGE_BANDS, LEGAL_BASES, type LegalBasis, LIFE_STAGES } from '../../../shared/domain';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { SelectField, TextField } from '../forms/Field';
import { Notice, type Outcome, OutcomeNotices } from '../forms/Notice';
import { Options } from '../forms/Options';
import { SubmitButton } from '../forms/SubmitButton';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import { type FieldErrors, fieldErrors } from '../forms/validation';
import { formatDate } from '../i18n/formatDate';
import { usePunctuation } from '../i18n/usePunctuation';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';
import './cases.css';

/**
 * The case spaces the signed-in person is a member of, and the form to create one; on the council
 * home also the way to the page with the issues raised from cases (and, for the secretariat, the
 * cases' administration and access records).
 */
export function CasesSection({
  council,
  linkToAll = false,
}: {
  council: CouncilView;
  linkToAll?: boolean;
}) {
  const { t, i18n } = useTranslation('cases');
  const [cases] = useApiData(queryKeys.cases(council.id), () => caseApi.list(council.id));
  const [outcome, setOutcome] = useState<Outcome>(null);

  return (
    <section aria-labelledby="cases-title" className="card">
      <h2 id="cases-title">{t('section.title')}</h2>
      <p>{t('section.intro')}</p>
      <OutcomeNotices outcome={outcome} />
      {cases.state === 'failed' && <Notice tone="error">{caseErrorText(cases.error, t)}</Notice>}
      {cases.state === 'ready' && cases.data.length === 0 && <p>{t('section.empty')}</p>}
      {cases.state === 'ready' && cases.data.length > 0 && (
        <ul className="board-list case-list">
          {cases.data.map((c) => (
            <CaseItem key={c.id} summary={c} language={i18n.language} />
          ))}
        </ul>
      )}
      {linkToAll && (
        <p>
          <Link to={`/councils/${council.id}/cases`}>
            {council.can.administerCases ? t('section.allLinkSecretariat') : t('section.allLink')}
          </Link>
        </p>
      )}
      {council.can.createCase && <CreateCaseForm councilId={council.id} onFailed={setOutcome} />}
    </section>
  );
}

function CaseItem({ summary, language }: { summary: CaseSummary; language: string }) {
  const { t } = useTranslation('cases');
  const mark = usePunctuation();
  const name = summary.pledged ? summary.pseudonym : t('section.unnamed');
  return (
    <li className="board-item">
      <div className="board-item-main">
        <Link to={`/cases/${summary.id}`} className="board-link">
          {name}
        </Link>
        <span className="board-meta">
          {[
            t(`legalBases.${summary.legalBasis}`),
            t('section.createdAt', { date: formatDate(summary.createdAt, language) }),
          ].join(mark.separator)}
        </span>
      </div>
      <div className="case-badges">
        {!summary.pledged && <span className="badge">{t('section.pledgeFirst')}</span>}
        {summary.closed && <span className="badge">{t('section.closed')}</span>}
        {summary.locked && <span className="badge badge-warning">🔒 {t('section.locked')}</span>}
      </div>
    </li>
  );
}

type CreateFields = 'pseudonym' | 'ageBand' | 'lifeStage' | 'legalBasis' | 'agency';
const EMPTY: Record<CreateFields, string> = {
  pseudonym: '',
  ageBand: '',
  lifeStage: '',
  legalBasis: 'consentMeeting',
  agency: '',
};

function CreateCaseForm({
  councilId,
  onFailed,
}: {
  councilId: string;
  onFailed: (outcome: NonNullable<Outcome>) => void;
}) {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<CreateFields>>({});
  const [busy, setBusy] = useState(false);
  const set = (field: CreateFields) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const body = {
      pseudonym: values.pseudonym,
      legalBasis: values.legalBasis,
      agency: values.agency,
      ...(values.ageBand ? { ageBand: values.ageBand } : {}),
      ...(values.lifeStage ? { lifeStage: values.lifeStage } : {}),
    };
    const parsed = createCaseBody.safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrors<CreateFields>(createCaseBody, body));
      return focusFirstError();
    }
    setErrors({});
    setBusy(true);
    try {
      const created = await caseApi.create(councilId, parsed.data);
      // Straight to the new space: its pledge comes before anything else there.
      navigate(`/cases/${created.id}`);
      return;
    } catch (error) {
      onFailed({ tone: 'error', text: caseErrorText(error, t) });
    }
    setBusy(false);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form create-case">
      <h3>{t('create.title')}</h3>
      <TextField
        id="casePseudonym"
        label={t('create.pseudonym')}
        hint={t('create.pseudonymHint')}
        error={errors.pseudonym}
        value={values.pseudonym}
        onChange={set('pseudonym')}
        maxLength={40}
        autoComplete="off"
        required
      />
      <div className="form-row">
        <SelectField
          id="caseAgeBand"
          label={t('create.ageBand')}
          value={values.ageBand}
          onChange={set('ageBand')}
        >
          <Options
            blank={t('create.notSet')}
            options={AGE_BANDS.map((b) => ({ value: b, label: t(`ageBands.${b}`) }))}
          />
        </SelectField>
        <SelectField
          id="caseLifeStage"
          label={t('create.lifeStage')}
          value={values.lifeStage}
          onChange={set('lifeStage')}
        >
          <Options
            blank={t('create.notSet')}
            options={LIFE_STAGES.map((s) => ({ value: s, label: t(`lifeStages.${s}`) }))}
          />
        </SelectField>
      </div>
      <fieldset className="legal-basis">
        <legend>{t('create.legalBasis')}</legend>
        {LEGAL_BASES.map((basis: LegalBasis) => (
          <div key={basis} className="radio-option">
            <input
              type="radio"
              id={`basis-${basis}`}
              name="legalBasis"
              value={basis}
              checked={values.legalBasis === basis}
              onChange={set('legalBasis')}
              aria-describedby={`basis-${basis}-help`}
            />
            <label htmlFor={`basis-${basis}`}>{t(`legalBases.${basis}`)}</label>
            <p id={`basis-${basis}-help`} className="field-hint">
              {t(`legalBasisHelp.${basis}`)}
            </p>
          </div>
        ))}
      </fieldset>
      <TextField
        id="caseAgency"
        label={t('create.agency')}
        hint={t('create.agencyHint')}
        error={errors.agency}
        value={values.agency}
        onChange={set('agency')}
        maxLength={120}
        required
      />
      <div className="form-buttons">
        <SubmitButton busy={busy} label={t('create.submit')} />
      </div>
    </form>
  );
}
