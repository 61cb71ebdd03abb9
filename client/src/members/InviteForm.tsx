import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { email as emailSchema } from '../../../shared/api';
import { ROLES, type Role } from '../../../shared/domain';
import { api } from '../api/endpoints';
import { errorMessage } from '../api/errorMessage';
import { ChoiceField, SelectField, TextField } from '../forms/Field';
import { Notice } from '../forms/Notice';
import { SubmitButton } from '../forms/SubmitButton';
import { useFocusFirstError } from '../forms/useFocusFirstError';
import type { Message } from '../forms/validation';

const EXPIRY_DAYS = [3, 7, 14, 30] as const;

export function joinLink(token: string, origin = window.location.origin): string {
  return `${origin}/join/${encodeURIComponent(token)}`;
}

/** Creates a single-use invitation and shows its link once, with a copy button. */
export function InviteForm({ councilId, onCreated }: { councilId: string; onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const [formRef, focusFirstError] = useFocusFirstError();
  const linkRef = useRef<HTMLInputElement>(null);
  const [role, setRole] = useState<Role>('member');
  const [email, setEmail] = useState('');
  const [days, setDays] = useState<number>(7);
  const [emailError, setEmailError] = useState<Message>();
  const [failure, setFailure] = useState('');
  const [link, setLink] = useState('');
  const [copyResult, setCopyResult] = useState('');
  const [busy, setBusy] = useState(false);

  // A new link takes the focus, so it is read out and ready to copy.
  useEffect(() => {
    if (link) linkRef.current?.focus();
  }, [link]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure('');
    setCopyResult('');
    const trimmed = email.trim();
    const invalid = trimmed !== '' && !emailSchema.safeParse(trimmed).success;
    setEmailError(invalid ? { code: 'email' } : undefined);
    if (invalid) return focusFirstError();
    setBusy(true);
    try {
      const created = await api.createInvitation(councilId, {
        role,
        expiresInDays: days,
        ...(trimmed ? { email: trimmed } : {}),
      });
      setLink(joinLink(created.token));
      setEmail('');
      onCreated();
    } catch (error) {
      setFailure(errorMessage(error, i18n));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyResult(t('members.invite.copied'));
    } catch {
      linkRef.current?.select();
      setCopyResult(t('members.invite.copyFailed'));
    }
  };

  return (
    <section aria-labelledby="invite-title" className="card">
      <h2 id="invite-title">{t('members.invite.title')}</h2>
      <p>{t('members.invite.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="form">
        <div className="form-row">
          <ChoiceField
            id="inviteRole"
            label={t('members.invite.role')}
            value={role}
            onChange={setRole}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
          <SelectField
            id="inviteDays"
            label={t('members.invite.expires')}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          >
            {EXPIRY_DAYS.map((n) => (
              <option key={n} value={n}>
                {t('members.invite.days', { n })}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          id="inviteEmail"
          type="email"
          label={t('members.invite.email')}
          hint={t('members.invite.emailHint')}
          error={emailError}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="off"
        />
        <Notice tone="error">{failure}</Notice>
        <SubmitButton
          busy={busy}
          label={t('members.invite.submit')}
          busyLabel={t('members.invite.submitting')}
        />
      </form>
      {link && (
        <div className="invite-link">
          <h3>{t('members.invite.linkTitle')}</h3>
          <p id="invite-link-note">{t('members.invite.linkNote')}</p>
          <label htmlFor="inviteLink">{t('members.invite.linkLabel')}</label>
          <div className="copy-row">
            <input
              ref={linkRef}
              id="inviteLink"
              readOnly
              value={link}
              aria-describedby="invite-link-note"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" onClick={copy}>
              {t('members.invite.copy')}
            </button>
          </div>
          <Notice tone="success">{copyResult}</Notice>
        </div>
      )}
    </section>
  );
}
