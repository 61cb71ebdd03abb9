import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilView, MeView } from '../../../shared/api';
import { api } from '../api/endpoints';
import { ApiError, onSessionLost } from '../api/http';
import { isLocale, storedLocale } from '../i18n/i18n';

export type Session =
  | { state: 'loading' }
  | { state: 'unreachable'; error: unknown }
  | { state: 'signedOut' }
  | { state: 'signedIn'; me: MeView };

type SessionApi = {
  session: Session;
  /** Sets who is signed in after sign-in, setup or joining. */
  setMe: (me: MeView | null) => void;
  /**
   * Takes the signed-in person's changed data (a profile or language change). An answer that
   * arrives after signing out changes nothing: it must not sign the person back in on this page.
   */
  updateMe: (me: MeView) => void;
  reload: () => void;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const queryClient = useQueryClient();
  const someoneSignedIn = useRef(false);
  // What one person was shown must not be shown to whoever signs in next on this page. Only when
  // someone was signed in: clearing cancels what is being fetched, and a page for people not
  // signed in (a guest's link, an invitation) is loading while the first answer says so.
  const signedOut = useCallback(() => {
    if (someoneSignedIn.current) queryClient.clear();
    someoneSignedIn.current = false;
    setSession({ state: 'signedOut' });
  }, [queryClient]);

  const setMe = useCallback(
    (me: MeView | null) => {
      if (me) {
        someoneSignedIn.current = true;
        setSession({ state: 'signedIn', me });
      } else signedOut();
      // A language chosen on this device wins; otherwise the account's language applies.
      if (me && !storedLocale() && isLocale(me.user.locale)) i18n.changeLanguage(me.user.locale);
    },
    [i18n, signedOut],
  );

  const updateMe = useCallback(
    (me: MeView) =>
      setSession((was) => (was.state === 'signedIn' ? { state: 'signedIn', me } : was)),
    [],
  );

  const reload = useCallback(() => {
    setSession({ state: 'loading' });
    api.me().then(setMe, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setMe(null);
      else setSession({ state: 'unreachable', error });
    });
  }, [setMe]);

  useEffect(reload, []);
  useEffect(() => onSessionLost(signedOut), [signedOut]);

  const signOut = useCallback(async () => {
    await api.signOut();
    signedOut();
  }, [signedOut]);

  return (
    <SessionContext.Provider value={{ session, setMe, updateMe, reload, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in person; only for pages behind RequireSession. */
export function useMe(): MeView {
  const { session } = useSession();
  if (session.state !== 'signedIn') throw new Error('useMe without a signed-in session');
  return session.me;
}

export function councilOf(me: MeView, councilId: string | undefined): CouncilView | undefined {
  return me.councils.find((council) => council.id === councilId);
}
