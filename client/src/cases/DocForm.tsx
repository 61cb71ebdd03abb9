import { type FormEvent, type ReactNode, useState } from 'react';
import type { Result } from '../../../shared/issues/fieldIssue';
import { Notice } from '../forms/Notice';
import { useIssuesText } from './DocInputs';

type Props = {
  /** Writes to the case document through a shared/case function, which validates. */
  write: () => Result<unknown>;
  /** After a write the document took: clear the fields for the next entry. */
  onWritten?: () => void;
  submitLabel: string;
  className?: string;
  children: ReactNode;
};

/**
 * A small form that adds to the case document. The schema's refusal is shown under the button
 * (and cleared by the next good write), so the person sees why nothing was added.
 */
export function DocForm({ write, onWritten, submitLabel, className = 'form', children }: Props) {
  const issuesText = useIssuesText();
  const [failure, setFailure] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = write();
    setFailure(issuesText(result));
    if (result.ok) onWritten?.();
  };
  return (
    <form onSubmit={submit} className={className} noValidate>
      {children}
      <div className="form-buttons">
        <button type="submit">{submitLabel}</button>
      </div>
      <Notice tone="error">{failure}</Notice>
    </form>
  );
}
