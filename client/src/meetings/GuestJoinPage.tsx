import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { SubmitButton } from '../forms/SubmitButton';
import { usePunctuation } from '../i18n/usePunctuation';
import { PageHeading } from '../layout/PageHeading';
import { meetingApi } from './meetingEndpoints';
import { formatDateTime } from './meetingTime';

/** `/guest/:token`: someone without an account joins one meeting with a name (and passcode). */
export function GuestJoinPage() {
  const { t, i18n } = useTranslation();
  const { aside } = usePunctuation();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const [preview] = useApiData(queryKeys.guestLink(token), () => meetingApi.guestLink(token));
  const [displayName, setDisplayName] = useState('');
  const [passcode, setPasscode] = useState('');
  const [failure, setFailure] = useState('');
  const [nameError, setNameError] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setNameError(displayName.trim() === '');
    if (displayName.trim() === '') return;
    setBusy(true);
    try {
      const joined = await meetingApi.joinAsGuest(token, { displayName, passcode });
      navigate(`/meetings/${joined.meetingId}/guest`);
    } catch (error) {
      setFailure(errorMessage(error, i18n, { wrong_passcode: 'meetings.guests.wrongPasscode' }));
      setBusy(false);
    }
  };

  if (preview.state === 'loading') return <p className="page">{t('app.loading')}</p>;
  if (preview.state === 'failed') {
    return (
      <div className="page page-narrow">
        <PageHeading title={t('meetings.guests.joinTitle')} />
        <Notice tone="error">{t('meetings.guests.linkGone')}</Notice>
      </div>
    );
  }
  const { meetingTitle, startsAt, needsPasscode } = preview.data;
  return (
    <div className="page page-narrow">
      <PageHeading title={t('meetings.guests.joinTitle')} />
      <p>{aside(meetingTitle, formatDateTime(startsAt, i18n.language))}</p>
      <p>{t('meetings.guests.joinIntro')}</p>
      <Notice tone="error">{failure}</Notice>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="guest-name"
          label={t('meetings.guests.displayName')}
          hint={t('meetings.guests.displayNameHint')}
          value={displayName}
          maxLength={40}
          error={nameError ? { code: 'required' } : undefined}
          onChange={(e) => setDisplayName(e.target.value)}
          required
        />
        {needsPasscode && (
          <TextField
            id="guest-join-passcode"
            label={t('meetings.guests.passcode')}
            value={passcode}
            autoComplete="off"
            onChange={(e) => setPasscode(e.target.value)}
            required
          />
        )}
        <div className="form-buttons">
          <SubmitButton
            busy={busy}
            label={t('meetings.guests.join')}
            busyLabel={t('app.loading')}
          />
        </div>
      </form>
    </div>
  );
}
