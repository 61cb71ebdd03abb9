import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { CardsSection } from '../cards/CardsSection';
import { CasesSection } from '../cases/CasesSection';
import { PageHeading } from '../layout/PageHeading';
import { MeetingsSection } from '../meetings/MeetingsSection';
import { councilOf, useMe } from '../session/SessionContext';
import { BoardsSection } from './BoardsSection';

export function CouncilHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { councilId } = useParams();
  const council = councilOf(me, councilId);
  if (!council) return <Navigate to="/" replace />;

  return (
    <div className="page">
      <PageHeading title={`${t('home.title')} — ${council.name}`}>{council.name}</PageHeading>
      <p className="lead">{t('home.yourRole', { role: t(`roles.${council.role}`) })}</p>
      <BoardsSection council={council} />
      <CasesSection council={council} linkToAll />
      <CardsSection council={council} />
      <MeetingsSection council={council} />
    </div>
  );
}
