import type { ReactNode } from 'react';

/**
 * A message about the last action. Errors interrupt (role="alert"); confirmations wait their
 * turn (role="status"). The region stays mounted so screen readers announce changes to it.
 */
export function Notice({ tone, children }: { tone: 'error' | 'success'; children?: ReactNode }) {
  const hasContent = children !== undefined && children !== null && children !== '';
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={hasContent ? `notice notice-${tone}` : 'notice-empty'}
    >
      {hasContent && (
        <>
          <span className="notice-icon" aria-hidden="true">
            {tone === 'error' ? '⚠' : '✓'}
          </span>
          <div>{children}</div>
        </>
      )}
    </div>
  );
}

/** What came of the last action, if anything was said. */
export type Outcome = { tone: 'error' | 'success'; text: string } | null;

/** Both live regions for an outcome: a failure interrupts, a success waits its turn. */
export function OutcomeNotices({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <Notice tone="success">{outcome?.tone === 'success' ? outcome.text : ''}</Notice>
      <Notice tone="error">{outcome?.tone === 'error' ? outcome.text : ''}</Notice>
    </>
  );
}
