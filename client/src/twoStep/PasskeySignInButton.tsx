import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView } from '../../../shared/api';
import { errorMessage } from '../api/errorMessage';
import { type Outcome, OutcomeNotices } from '../forms/Notice';
import { PasskeyCancelled, passkeysSupported, signInWithPasskey } from './passkeyCeremony';

/** Signing in with a passkey: on its own (the sign-in page) or as the second step. */
export function PasskeySignInButton({
  label,
  onSignedIn,
}: {
  label: string;
  onSignedIn: (me: MeView) => void;
}) {
  const { t, i18n } = useTranslation('twoStep');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!passkeysSupported()) return null;
  const signIn = async () => {
    setOutcome(null);
    setBusy(true);
    try {
      onSignedIn(await signInWithPasskey());
      return;
    } catch (error) {
      const text =
        error instanceof PasskeyCancelled
          ? t('passkeys.cancelled')
          : errorMessage(error, i18n, {
              passkey_refused: 'twoStep:passkeys.refused',
              unauthorized: 'twoStep:secondStep.expired',
            });
      setOutcome({ tone: 'error', text });
    }
    setBusy(false);
  };
  return (
    <div className="passkey-sign-in">
      <button type="button" className="button-secondary" onClick={signIn} disabled={busy}>
        {busy ? t('passkeySignIn.waiting') : label}
      </button>
      <OutcomeNotices outcome={outcome} />
    </div>
  );
}
