import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../shared/api';
import { errorMessage } from '../api/errorMessage';
import type { Outcome } from '../forms/Notice';
import { twoStepApi } from './twoStepEndpoints';

type Props = {
  councilId: string;
  member: MemberView;
  onChanged: () => void;
  report: (outcome: Outcome) => void;
};

/** A member's two-step sign-in in the secretariat's member list: on or not, and the reset for a lost phone. */
export function MemberTwoStep({ councilId, member, onChanged, report }: Props) {
  const { t, i18n } = useTranslation('twoStep');
  const name = member.displayName;
  const reset = async () => {
    if (!window.confirm(t('members.resetConfirm', { name }))) return;
    try {
      await twoStepApi.resetMember(councilId, member.userId);
      report({ tone: 'success', text: t('members.resetDone', { name }) });
      onChanged();
    } catch (error) {
      report({ tone: 'error', text: errorMessage(error, i18n) });
    }
  };
  if (!member.secondFactor) return <>{t('members.off')}</>;
  return (
    <>
      {t('members.on')}{' '}
      <button
        type="button"
        className="button-secondary"
        aria-label={t('members.resetLabel', { name })}
        onClick={reset}
      >
        {t('members.reset')}
      </button>
    </>
  );
}
