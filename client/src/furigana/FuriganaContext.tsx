import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { UiReadings } from '../../../shared/readings/uiStrings';
import { api } from '../api/endpoints';
import { useSession } from '../session/SessionContext';

// Whether kanji get their readings (ふりがな) over them: the person's own choice (the header's
// switch: kept in their account when signed in, which then decides on every device; a guest's
// on this device), or a meeting's facilitator's for its guests.

type FuriganaApi = {
  /** Readings are shown. */
  on: boolean;
  /** The person's own choice. */
  own: boolean;
  setOwn: (on: boolean) => void;
  /** A guest's meeting page: the facilitator turned readings on for guests. */
  setForGuests: (on: boolean) => void;
  /** The UI strings' readings by language, once loaded (only while `on`). */
  readings: Readonly<Record<string, UiReadings>> | null;
};

// Loaded only when someone turns readings on: most people never need the files.
const loadReadings = async (): Promise<Record<string, UiReadings>> => {
  const [ja, jaEasy] = await Promise.all([
    import('../i18n/readings/ja.json'),
    import('../i18n/readings/ja-easy.json'),
  ]);
  return {
    ja: ja.default as unknown as UiReadings,
    'ja-easy': jaEasy.default as unknown as UiReadings,
  };
};

const STORAGE_KEY = 'tsunagu.furigana';

function storedChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

const FuriganaContext = createContext<FuriganaApi>({
  on: false,
  own: false,
  setOwn: () => {},
  setForGuests: () => {},
  readings: null,
});

export function FuriganaProvider({ children }: { children: ReactNode }) {
  const { session, updateMe } = useSession();
  const account = session.state === 'signedIn' ? session.me.user.furigana : null;
  const [device, setDevice] = useState(storedChoice);
  const own = account ?? device;
  const setOwn = useCallback(
    (on: boolean) => {
      remember(on);
      setDevice(on);
      // The device keeps the choice too; a failed save to the account is tried again next time.
      if (account !== null) api.updateMe({ furigana: on }).then(updateMe, () => undefined);
    },
    [account, updateMe],
  );
  const [forGuests, setForGuests] = useState(false);
  const on = own || forGuests;
  const [loaded, setLoaded] = useState<Record<string, UiReadings> | null>(null);
  useEffect(() => {
    if (on && !loaded) loadReadings().then(setLoaded, () => undefined);
  }, [on, loaded]);
  const readings = on ? loaded : null;
  const value = useMemo(
    () => ({ on, own, setOwn, setForGuests, readings }),
    [on, own, setOwn, readings],
  );
  return <FuriganaContext.Provider value={value}>{children}</FuriganaContext.Provider>;
}

export const useFurigana = (): FuriganaApi => useContext(FuriganaContext);
