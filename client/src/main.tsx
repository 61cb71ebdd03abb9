import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/queryClient';
import { reportWindowErrors, routePattern } from './errors/reportClientError';
import { FuriganaProvider } from './furigana/FuriganaContext';
import { createI18n, DEFAULT_LOCALE, storedLocale } from './i18n/i18n';
import { applyStoredTextScale } from './layout/textScale';
import { createRouter } from './router';
import { SessionProvider } from './session/SessionContext';
import './styles.css';

applyStoredTextScale();
const i18n = createI18n(storedLocale() ?? DEFAULT_LOCALE);
const router = createRouter();
const queryClient = createQueryClient();
reportWindowErrors(() =>
  routePattern(router.state.location.pathname, router.state.matches.at(-1)?.params ?? {}),
);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <FuriganaProvider>
            <RouterProvider router={router} />
          </FuriganaProvider>
        </SessionProvider>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
