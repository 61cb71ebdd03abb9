import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { errorMessage } from '../api/errorMessage';
import { Notice } from '../forms/Notice';
import { AppLoading } from '../layout/AppLoading';
import { useSession } from './SessionContext';

/** Pages behind it need a signed-in person; others are sent to sign in and brought back. */
export function RequireSession() {
  const { t, i18n } = useTranslation();
  const { session, reload } = useSession();
  const location = useLocation();
  if (session.state === 'loading') return <AppLoading />;
  if (session.state === 'unreachable') {
    return (
      <div className="page">
        <Notice tone="error">{errorMessage(session.error, i18n)}</Notice>
        <button type="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (session.state === 'signedOut') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return <Outlet />;
}
