import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { COUNCIL_TIME_ZONE } from '../../../shared/domain';
import { queryKeys } from '../api/queryKeys';
import { useApiData } from '../api/useApiData';
import { formatDate } from '../i18n/formatDate';
import { twoStepApi } from './twoStepEndpoints';
import './twoStep.css';

/**
 * Under the header, for someone a council asks to use two-step sign-in and who has not set it
 * up: before the day it is required, and after it (case conferences then refuse them). Checked
 * again on every page, so it goes once they set it up; the profile page says it itself.
 */
export function TwoStepReminder() {
  const { t, i18n } = useTranslation('twoStep');
  const { pathname } = useLocation();
  const [status] = useApiData(queryKeys.secondFactorOn(pathname), twoStepApi.status);
  if (pathname === '/profile' || status.state !== 'ready') return null;
  const { enabled, requiredFrom } = status.data;
  if (enabled || !requiredFrom) return null;
  const inForce = new Date(requiredFrom).getTime() <= Date.now();
  return (
    <aside className="notice notice-info two-step-reminder" aria-label={t('section.title')}>
      <span>
        {inForce
          ? t('reminder.requiredNow')
          : t('reminder.required', {
              date: formatDate(requiredFrom, i18n.language, COUNCIL_TIME_ZONE),
            })}
      </span>
      <Link to="/profile">{t('reminder.setUp')}</Link>
    </aside>
  );
}
