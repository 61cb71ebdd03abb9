import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useSession } from '../session/SessionContext';
import { type Locale, rememberLocale } from './i18n';

/** Switches the language now, remembers it on this device and, when signed in, in the account. */
export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const { i18n } = useTranslation();
  const { session, updateMe } = useSession();
  const signedIn = session.state === 'signedIn';
  return useCallback(
    async (locale: Locale) => {
      rememberLocale(locale);
      await i18n.changeLanguage(locale);
      // The device already remembers the choice, so a failed save to the account is not an error
      // worth interrupting anyone for; the next change tries again.
      if (signedIn) await api.updateMe({ locale }).then(updateMe, () => undefined);
    },
    [i18n, signedIn, updateMe],
  );
}
