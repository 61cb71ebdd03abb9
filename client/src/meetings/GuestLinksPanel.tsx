import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedGuestLinkView, GuestsMayBody } from '../../../shared/meeting/meetingApi';
import { errorMessage } from '../api/errorMessage';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { TextField } from '../forms/Field';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { useRubyT } from '../furigana/useRubyT';
import { QrImage } from '../layout/QrImage';
import { meetingApi } from './meetingEndpoints';
import { formatDateTime } from './meetingTime';

const HOURS = [2, 4, 8, 24, 72] as const;

type Props = { meetingId: string; guestsMay: GuestsMayBody; onChanged: () => void };

/**
 * For the facilitator: make a guest link with its QR code, see the links made, revoke one, and
 * say whether guests may vote and add notes.
 */
export function GuestLinksPanel({ meetingId, guestsMay, onChanged }: Props) {
  const { t, i18n } = useTranslation();
  const r = useRubyT(t);
  const [links, reload] = useApiData(queryKeys.guestLinks(meetingId), () =>
    meetingApi.guestLinks(meetingId),
  );
  const [hours, setHours] = useState<number>(4);
  const [passcode, setPasscode] = useState('');
  const [created, setCreated] = useState<CreatedGuestLinkView | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setCreated(await meetingApi.createGuestLink(meetingId, { expiresInHours: hours, passcode }));
      setOutcome({ tone: 'success', text: t('meetings.guests.created') });
      reload();
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
    }
  };

  const revoke = async (linkId: string) => {
    try {
      await meetingApi.revokeGuestLink(meetingId, linkId);
      if (created?.id === linkId) setCreated(null);
      setOutcome({ tone: 'success', text: t('meetings.guests.revoked') });
      reload();
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
    }
  };

  // Shown as chosen at once; the meeting's own data catches up when it is reloaded.
  const [may, setMay] = useState(guestsMay);
  useEffect(() => setMay(guestsMay), [guestsMay]);
  const allow = async (change: Partial<GuestsMayBody>) => {
    const next = { ...may, ...change };
    setMay(next);
    try {
      await meetingApi.setGuestsMay(meetingId, next);
      onChanged();
    } catch (error) {
      setMay(guestsMay);
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
    }
  };

  return (
    <section aria-labelledby="guests-title" className="card meeting-guests">
      <h2 id="guests-title">{r('meetings.guests.title')}</h2>
      <p>{r('meetings.guests.intro')}</p>
      <OutcomeNotices outcome={outcome} />
      <fieldset>
        <legend>{r('meetings.guests.may')}</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={may.vote}
            onChange={(e) => allow({ vote: e.target.checked })}
          />
          {r('meetings.guests.mayVote')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={may.notes}
            onChange={(e) => allow({ notes: e.target.checked })}
          />
          {r('meetings.guests.mayAddNotes')}
        </label>
      </fieldset>
      <form onSubmit={create} className="form">
        <div className="field">
          <label htmlFor="guest-hours">{r('meetings.guests.expiresIn')}</label>
          <select id="guest-hours" value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {t('meetings.guests.hours', { count: h })}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="guest-passcode"
          label={t('meetings.guests.passcode')}
          hint={t('meetings.guests.passcodeHint')}
          value={passcode}
          onChange={(e) => setPasscode(e.target.value)}
          autoComplete="off"
        />
        <button type="submit">{r('meetings.guests.create')}</button>
      </form>
      {created && <CreatedLink link={created} />}
      {links.state === 'ready' && links.data.length > 0 && (
        <ul className="guest-links">
          {links.data.map((link) => (
            <li key={link.id}>
              {r('meetings.guests.linkLine', {
                until: formatDateTime(link.expiresAt, i18n.language),
                count: link.guests,
              })}
              {link.hasPasscode && ` · ${r('meetings.guests.withPasscode')}`}
              {link.revoked ? (
                ` · ${r('meetings.guests.revokedMark')}`
              ) : (
                <button
                  type="button"
                  className="button-secondary button-small"
                  onClick={() => revoke(link.id)}
                >
                  {r('meetings.guests.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreatedLink({ link }: { link: CreatedGuestLinkView }) {
  const { t } = useTranslation();
  const r = useRubyT(t);
  const url = `${window.location.origin}/guest/${link.token}`;
  return (
    <div className="guest-link-created">
      <label htmlFor="guest-url">{r('meetings.guests.url')}</label>
      <input id="guest-url" readOnly value={url} onFocus={(e) => e.target.select()} />
      <QrImage text={url} alt={t('meetings.guests.qrAlt')} />
    </div>
  );
}
