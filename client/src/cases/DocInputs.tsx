// Inputs bound to one field of the live document. Text is kept as a draft while the person
// types (the schema trims, so writing every keystroke would eat spaces) and written on blur or
// Enter, only if the person changed it. Untouched, it follows the document, so others' edits show
// live; changed by someone else while this person types, it says so before the write
// (useLiveFields, the same as the board's forms).
import type { InputHTMLAttributes } from 'react';
import { useState } from 'react';
import type { Result } from '../../../shared/issues/fieldIssue';
import { ConflictNotice } from '../forms/ConflictNotice';
import { useIssueText } from '../forms/useIssueText';
import { useLiveFields } from '../forms/useLiveFields';

type TextProps = {
  value: string | undefined;
  onCommit: (value: string) => Result<unknown>;
  /** The field's name, for the warning that someone else changed it. */
  label: string;
  multiline?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

export function DocText({ value, onCommit, label, multiline = false, ...rest }: TextProps) {
  const live = useLiveFields({ value: value ?? '' });
  const draft = live.values.value;
  const issuesText = useIssuesText();
  const [error, setError] = useState('');
  const commit = () => {
    const changed = live.patch().value;
    if (changed === undefined) {
      live.clear();
      return setError('');
    }
    const result = onCommit(changed);
    setError(issuesText(result));
    if (result.ok) live.clear();
  };
  const errorId = rest.id ? `${rest.id}-error` : undefined;
  const common = {
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onBlur: commit,
  };
  return (
    <>
      {multiline ? (
        <textarea
          id={rest.id}
          aria-label={rest['aria-label']}
          disabled={rest.disabled}
          rows={3}
          {...common}
          onChange={(e) => live.set('value', e.target.value)}
        />
      ) : (
        <input
          {...rest}
          {...common}
          onChange={(e) => live.set('value', e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          ⚠ {error}
        </span>
      )}
      {live.conflicts.length > 0 && (
        <ConflictNotice conflicts={live.conflicts} labelOf={() => label} held={false} />
      )}
    </>
  );
}

/** The words for a refused change, for the form that made it ('' when it was accepted). */
export function useIssuesText(): (result: Result<unknown>) => string {
  const textOf = useIssueText();
  return (result) => (result.ok ? '' : result.issues.map(textOf).join(' '));
}
