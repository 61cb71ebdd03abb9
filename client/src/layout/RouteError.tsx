import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useLocation, useParams, useRouteError } from 'react-router';
import { reportClientError, routePattern } from '../errors/reportClientError';
import { NotFoundPage } from '../pages/NotFoundPage';
import { PageHeading } from './PageHeading';

/**
 * What a page that failed shows instead of a blank screen: an exception while rendering, or a
 * page's code that would not load (after an update, an old tab asks for files that are gone,
 * which a reload fixes). The header stays, so the person can also leave by the menu. The error
 * goes to the server's log; an address that does not exist is not a fault.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const route = routePattern(useLocation().pathname, useParams());
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // Sent once per error (reportClientError drops a repeat), from an effect so a render is not.
  useEffect(() => {
    if (!notFound) reportClientError('route', error, route);
  }, [error, notFound, route]);
  if (notFound) return <NotFoundPage />;
  return (
    <div className="page page-narrow">
      <PageHeading title={t('routeError.title')} />
      <p role="alert">{t('routeError.body')}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
