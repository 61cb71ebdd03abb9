// Inputs bound to one field of the live document. Text is kept as a draft while the person
// types (the schema trims, so writing every keystroke would eat spaces) and written on blur or
// Enter; while the input is not focused it follows the document, so others' edits show live.
import { type InputHTMLAttributes, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/board/issues';

type TextProps = {
  value: string | undefined;
  onCommit: (value: string) => Result<unknown>;
  multiline?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

export function DocText({ value, onCommit, multiline = false, ...rest }: TextProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState('');
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value ?? '');
  }, [value]);
  const commit = () => {
    if (draft === (value ?? '')) return setError('');
    const result = onCommit(draft);
    setError(result.ok ? '' : result.issues.map((i) => i.message).join(' '));
  };
  const errorId = rest.id ? `${rest.id}-error` : undefined;
  const common = {
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      commit();
    },
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
          onChange={(e) => setDraft(e.target.value)}
        />
      ) : (
        <input
          {...rest}
          {...common}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          ⚠ {error}
        </span>
      )}
    </>
  );
}

/** The messages of a refused change, for the form that made it. */
export function issuesText(result: Result<unknown>): string {
  return result.ok ? '' : result.issues.map((i) => i.message).join(' ');
}
