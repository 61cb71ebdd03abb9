import { QueryClient } from '@tanstack/react-query';

/**
 * The client's cache of server data (TanStack Query): one answer per query key (queryKeys.ts),
 * shared by every component that shows it, asked for again when a page showing it mounts or the
 * window regains focus, and after a change through `invalidate`.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A refusal or a bad answer is shown at once, as before the cache: asking again would only
      // delay it (and the server's answers do not change by asking twice).
      queries: { retry: false },
    },
  });
}
