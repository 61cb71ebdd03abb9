import { type RefObject, useEffect, useRef, useState } from 'react';

/**
 * After a failed submit, puts the keyboard on the first field with a problem — once React has
 * rendered the errors, which is why it goes through state and an effect.
 */
export function useFocusFirstError(): [RefObject<HTMLFormElement | null>, () => void] {
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [attempt]);
  return [formRef, () => setAttempt((n) => n + 1)];
}
