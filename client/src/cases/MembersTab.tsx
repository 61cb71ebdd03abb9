import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseMemberRequestView, CaseMemberView } from '../../../shared/caseApi';
import type { LegalBasis } from '../../../shared/domain';
import { api } from '../api/endpoints';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { ChoiceField, TextField } from '../forms/Field';
import { Notice, type Outcome, OutcomeNotices } from '../forms/Notice';
import { useFields } from '../forms/useFields';
import { formatDate, formatDay } from '../i18n/formatDate';
import { useFormatList } from '../i18n/useFormatList';
import { usePunctuation } from '../i18n/usePunctuation';
import { steerersOf } from '../members/steerers';
import { useMe } from '../session/SessionContext';
import { type Column, SortableTable, textColumn } from '../tables/SortableTable';
import { caseApi } from './caseEndpoints';
import { caseErrorText } from './caseError';
import { splitNames } from './splitNames';

/** Who is in the case, and the person's consent that decides which agencies may join. */
export function MembersTab({
  caseId,
  legalBasis,
  closed,
  onChange,
}: {
  caseId: string;
  legalBasis: LegalBasis;
  closed: boolean;
  onChange?: () => void;
}) {
  const { t, i18n } = useTranslation('cases');
  const me = useMe();
  const [members, reloadMembers] = useApiData(queryKeys.caseMembers(caseId), () =>
    caseApi.members(caseId),
  );
  const [requests, reloadRequests] = useApiData(queryKeys.caseMemberRequests(caseId), () =>
    caseApi.memberRequests(caseId),
  );
  const [consents, reloadConsents] = useApiData(
    queryKeys.caseConsents(caseId),
    () => caseApi.consents(caseId),
    { enabled: legalBasis === 'consentMeeting' },
  );
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (change: () => Promise<unknown>, success: string) => {
    try {
      await change();
      setOutcome({ tone: 'success', text: success });
      reloadMembers();
      reloadRequests();
      reloadConsents();
      onChange?.();
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', text: caseErrorText(error, t) });
      return false;
    }
  };
  const date = (iso: string) => formatDate(iso, i18n.language);
  const mark = usePunctuation();
  const list = useFormatList();
  const columns: Column<CaseMemberView>[] = [
    textColumn('name', t('members.name'), (m) => m.displayName, true),
    textColumn('agency', t('members.agency'), (m) => m.agency),
    {
      key: 'pledgedAt',
      label: t('members.pledgedAt'),
      sortValue: (m) => m.pledgedAt ?? '',
      cell: (m) => (m.pledgedAt ? date(m.pledgedAt) : t('members.notPledged')),
    },
  ];

  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      <OutcomeNotices outcome={outcome} />
      {members.state === 'failed' && (
        <Notice tone="error">{caseErrorText(members.error, t)}</Notice>
      )}
      {members.state === 'ready' && (
        <SortableTable
          labelledBy="members-title"
          columns={columns}
          rows={members.data}
          rowKey={(m) => m.userId}
          actions={
            closed
              ? undefined
              : (m) =>
                  m.userId !== me.user.id && (
                    <button
                      type="button"
                      className="button-secondary"
                      aria-label={t('members.remove', { name: m.displayName })}
                      onClick={() =>
                        run(() => caseApi.removeMember(caseId, m.userId), t('members.removed'))
                      }
                    >
                      {t('ecomap.remove')}
                    </button>
                  )
          }
        />
      )}
      {!closed && requests.state === 'ready' && requests.data.length > 0 && (
        <MemberRequests
          requests={requests.data}
          onConfirm={(r) =>
            run(() => caseApi.confirmMemberRequest(caseId, r.userId), t('members.added'))
          }
          onDecline={(r) =>
            run(() => caseApi.declineMemberRequest(caseId, r.userId), t('members.declined'))
          }
        />
      )}
      {!closed && (
        <AddMemberForm
          exclude={members.state === 'ready' ? members.data.map((m) => m.userId) : []}
          onAdd={(userId, agency) =>
            run(() => caseApi.addMember(caseId, { userId, agency }), t('members.added'))
          }
        />
      )}
      <h2>{t('members.consentTitle')}</h2>
      {legalBasis !== 'consentMeeting' ? (
        <p>{t('members.consentNotNeeded')}</p>
      ) : (
        <>
          {consents.state === 'ready' && consents.data.length === 0 && (
            <p>{t('members.consentEmpty')}</p>
          )}
          {consents.state === 'ready' && consents.data.length > 0 && (
            <ul className="consent-list">
              {consents.data.map((c) => (
                <li key={c.id}>
                  <strong>
                    {c.withdrawnAt
                      ? t('members.withdrawn', { date: date(c.withdrawnAt) })
                      : t('members.current')}
                  </strong>
                  {mark.separator}
                  {mark.aside(c.scope, list(c.agencies))}
                  {mark.separator}
                  {mark.labelled(
                    t('members.period'),
                    `${formatDay(c.validFrom, i18n.language)} –${c.validUntil ? ` ${formatDay(c.validUntil, i18n.language)}` : ''}`,
                  )}
                  {!c.withdrawnAt && !closed && (
                    <button
                      type="button"
                      className="button-danger"
                      onClick={() =>
                        window.confirm(t('members.withdrawConfirm')) &&
                        run(() => caseApi.withdrawConsent(caseId, c.id), t('members.withdraw'))
                      }
                    >
                      {t('members.withdraw')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!closed && (
            <ConsentForm
              onRecord={(body) =>
                run(() => caseApi.recordConsent(caseId, body), t('members.recorded'))
              }
            />
          )}
        </>
      )}
    </section>
  );
}

/** Secretariat accounts the secretariat asked to add: they join only if a member confirms. */
function MemberRequests({
  requests,
  onConfirm,
  onDecline,
}: {
  requests: CaseMemberRequestView[];
  onConfirm: (r: CaseMemberRequestView) => void;
  onDecline: (r: CaseMemberRequestView) => void;
}) {
  const { t } = useTranslation('cases');
  return (
    <section aria-labelledby="member-requests-title">
      <h3 id="member-requests-title">{t('members.requestsTitle')}</h3>
      <p>{t('members.requestsIntro')}</p>
      <ul className="member-requests">
        {requests.map((r) => (
          <li key={r.userId}>
            {t('members.request', {
              name: r.displayName,
              agency: r.agency,
              by: r.requestedByName ?? '—',
            })}{' '}
            <button
              type="button"
              aria-label={t('members.confirm', { name: r.displayName })}
              onClick={() => onConfirm(r)}
            >
              {t('members.confirmShort')}
            </button>{' '}
            <button
              type="button"
              className="button-secondary"
              aria-label={t('members.decline', { name: r.displayName })}
              onClick={() => onDecline(r)}
            >
              {t('members.declineShort')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AddMemberForm({
  exclude,
  onAdd,
}: {
  exclude: string[];
  onAdd: (userId: string, agency: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('cases');
  const me = useMe();
  const councilIds = me.councils.filter((c) => c.can.listMembers).map((c) => c.id);
  const [people] = useApiData(queryKeys.ofCouncils('members', councilIds), () =>
    Promise.all(councilIds.map((id) => api.members(id))).then((all) => all.flat()),
  );
  const [userId, setUserId] = useState('');
  const [agency, setAgency] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onAdd(userId, agency.trim())) setAgency('');
  };
  const choices =
    people.state === 'ready'
      ? steerersOf(people.data).filter((p) => !exclude.includes(p.userId))
      : [];
  return (
    <form onSubmit={submit} className="form form-inline" noValidate>
      <h3>{t('members.add')}</h3>
      <ChoiceField
        id="member-user"
        label={t('members.person')}
        value={userId}
        onChange={setUserId}
        blank="—"
        options={choices.map((p) => ({ value: p.userId, label: p.displayName }))}
      />
      <TextField
        id="member-agency"
        label={t('members.agency')}
        value={agency}
        maxLength={120}
        onChange={(e) => setAgency(e.target.value)}
      />
      <div className="form-buttons">
        <button type="submit">{t('members.addSubmit')}</button>
      </div>
    </form>
  );
}

function ConsentForm({
  onRecord,
}: {
  onRecord: (body: {
    scope: string;
    agencies: string[];
    validFrom: string;
    validUntil?: string;
  }) => Promise<boolean>;
}) {
  const { t } = useTranslation('cases');
  const today = new Date().toISOString().slice(0, 10);
  const form = useFields({ scope: '', agencies: '', validFrom: today, validUntil: '' }, 'consent');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { scope, agencies, validFrom, validUntil } = form.values;
    const ok = await onRecord({
      scope,
      agencies: splitNames(agencies),
      validFrom,
      ...(validUntil ? { validUntil } : {}),
    });
    if (ok) form.reset('scope');
  };
  return (
    <form onSubmit={submit} className="form" noValidate>
      <TextField label={t('members.scope')} maxLength={1000} {...form.field('scope')} />
      <TextField label={t('members.agencies')} {...form.field('agencies')} />
      <div className="form-row">
        <TextField label={t('members.validFrom')} type="date" {...form.field('validFrom')} />
        <TextField label={t('members.validUntil')} type="date" {...form.field('validUntil')} />
      </div>
      <div className="form-buttons">
        <button type="submit">{t('members.record')}</button>
      </div>
    </form>
  );
}
