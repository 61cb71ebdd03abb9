import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errorMessage';
import type { Outcome } from './Notice';

/**
 * A form's request and what came of it: `submit(run)` runs once at a time, shows the text `run`
 * resolves with as a success, or the failure in the person's language; resolves whether it
 * succeeded. `fail` shows a problem found before sending.
 */
export function useSubmit() {
  const { i18n } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (run: () => Promise<string>): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      setOutcome({ tone: 'success', text: await run() });
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const fail = (text: string) => setOutcome({ tone: 'error', text });
  return { outcome, busy, submit, fail };
}
