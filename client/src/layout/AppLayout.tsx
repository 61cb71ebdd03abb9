import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useMatches, useNavigate } from 'react-router';
import { FuriganaSwitch } from '../furigana/FuriganaSwitch';
import { AnnotationScopeProvider, UserText } from '../furigana/UserText';
import { useRubyT } from '../furigana/useRubyT';
import { councilOf, useSession } from '../session/SessionContext';
import { TwoStepReminder } from '../twoStep/TwoStepReminder';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LanguageSwitch } from './LanguageSwitch';
import { useTrackNavigation } from './navigationFocus';
import { useSkipLinkSlot } from './PageSkipLinks';
import { TextSizeSwitch } from './TextSizeSwitch';

/** The council the page is about: the one in the URL, else the last one visited, else the first. */
function useCurrentCouncilId(): string | undefined {
  const matches = useMatches();
  const fromUrl = matches.at(-1)?.params.councilId;
  const [last, setLast] = useState<string | undefined>(fromUrl);
  useEffect(() => {
    if (fromUrl) setLast(fromUrl);
  }, [fromUrl]);
  return fromUrl ?? last;
}

export function AppLayout() {
  useTrackNavigation();
  const { t } = useTranslation();
  const r = useRubyT(t);
  const { session, signOut } = useSession();
  const skipLinks = useSkipLinkSlot();
  const navigate = useNavigate();
  const councilId = useCurrentCouncilId();
  const me = session.state === 'signedIn' ? session.me : null;
  const council = me ? (councilOf(me, councilId) ?? me.councils[0]) : undefined;

  const handleSignOut = async () => {
    await signOut().catch(() => undefined);
    navigate('/sign-in');
  };

  return (
    <AnnotationScopeProvider value={council ? { councilId: council.id } : null}>
      <a className="skip-link" href="#main">
        {r('app.skipToContent')}
      </a>
      {skipLinks.place}
      <header className="site-header">
        <div className="site-header-top">
          <p className="brand">
            <Link to={council ? `/councils/${council.id}` : '/'} className="brand-name">
              {r('app.name')}
            </Link>
            {council && (
              <span className="brand-council">
                <UserText text={council.name} />
              </span>
            )}
          </p>
          <div className="header-tools">
            <ConnectionIndicator />
            <LanguageSwitch />
            <FuriganaSwitch />
            <TextSizeSwitch />
          </div>
        </div>
        {me && (
          <div className="site-header-nav">
            <nav aria-label={t('nav.label')}>
              <ul>
                {council && (
                  <li>
                    <NavLink to={`/councils/${council.id}`} end>
                      {r('nav.home')}
                    </NavLink>
                  </li>
                )}
                {council?.can.manageMembers && (
                  <li>
                    <NavLink to={`/councils/${council.id}/members`}>{r('nav.members')}</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to="/profile">{r('nav.profile')}</NavLink>
                </li>
              </ul>
            </nav>
            <div className="user-menu">
              <span className="user-name">
                {r('nav.signedInAs', { name: me.user.displayName })}
              </span>
              <button type="button" className="button-secondary" onClick={handleSignOut}>
                {r('nav.signOut')}
              </button>
            </div>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {me && <TwoStepReminder />}
        <skipLinks.Provider value={skipLinks.slot}>
          <Outlet />
        </skipLinks.Provider>
      </main>
    </AnnotationScopeProvider>
  );
}
