import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { AgencyCitation } from '../../../../shared/cards/cardEntry';
import { citedBoards } from '../../../../shared/cards/citations';
import type { CardColumns } from '../../../../shared/cards/termDocument';
import { api } from '../../api/endpoints';
import { queryKeys } from '../../api/queryKeys';
import { useApiData } from '../../api/useApiData';
import { type CitedAgency, type CitedBoards, createCitedBoards } from './citedBoards';

const CitedBoardsContext = createContext<CitedBoards | null>(null);

/**
 * Keeps open, read-only, the council's boards that the entries cite (one connection per board for
 * the whole table), for the citations inside to show each agency's current name.
 */
export function CitedBoardsProvider({
  councilId,
  entries,
  children,
}: {
  councilId: string;
  entries: Map<string, CardColumns>;
  children: ReactNode;
}) {
  const [store] = useState(createCitedBoards);
  const [boards] = useApiData(queryKeys.boards(councilId), () => api.boards(councilId));
  const councilBoards = useMemo(
    () => (boards.state === 'ready' ? new Set(boards.data.map((board) => board.id)) : null),
    [boards],
  );
  // A string, so that the boards are looked at again only when the set of cited ones changes.
  const wanted = useMemo(
    () =>
      [...citedBoards([...entries.values()].flatMap((columns) => columns.existing))]
        .sort()
        .join(' '),
    [entries],
  );
  useEffect(() => {
    store.show(new Set(wanted ? wanted.split(' ') : []), councilBoards);
  }, [store, wanted, councilBoards]);
  useEffect(() => () => store.destroy(), [store]);
  return <CitedBoardsContext.Provider value={store}>{children}</CitedBoardsContext.Provider>;
}

/** The cited agency as its board has it now, updated live. */
export function useCitedAgency(citation: AgencyCitation): CitedAgency {
  const store = useContext(CitedBoardsContext);
  useSyncExternalStore(store?.subscribe ?? noSubscription, store?.version ?? zero);
  return store ? store.lookup(citation) : { kind: 'hidden' };
}

const noSubscription = () => () => {};
const zero = () => 0;
