import { useTranslation } from 'react-i18next';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../session/SessionContext';
import { TwoStepSection } from '../twoStep/TwoStepSection';
import { DetailsForm } from './DetailsForm';
import { LanguageForm } from './LanguageForm';
import { PasswordForm } from './PasswordForm';
import { SignOutEverywhere } from './SignOutEverywhere';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <div className="page page-narrow">
      <PageHeading title={t('profile.title')} />
      <DetailsForm me={me} />
      <LanguageForm />
      <PasswordForm />
      <TwoStepSection />
      <SignOutEverywhere />
    </div>
  );
}
