import type { ReactNode } from 'react';
import type { FieldIssue } from '../../../../shared/board/issues';

// Form controls for the board's side panel. Errors come from the board schemas, already worded
// in Japanese for the person (shared/board), so they are shown as they are.

export function issueAt(issues: readonly FieldIssue[], path: string): string | undefined {
  return issues.find((issue) => issue.path === path)?.message;
}

type ControlProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode;
};

/** Label, hint and error of one control, tied to it by for/id and aria-describedby. */
export function BoardControl({ id, label, hint, error, children }: ControlProps) {
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {children(describedBy || undefined, error ? true : undefined)}
    </div>
  );
}

type ChoicesProps<T extends string> = {
  id: string;
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  error?: string | undefined;
};

/** Several codes chosen with checkboxes in a fieldset, kept in the options' order. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  options,
  labelOf,
  chosen,
  onChange,
  error,
}: ChoicesProps<T>) {
  return (
    <fieldset
      className={error ? 'board-choices field-invalid' : 'board-choices'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {options.map((option) => (
        <label key={option} className="board-choice">
          <input
            type="checkbox"
            name={id}
            value={option}
            checked={chosen.includes(option)}
            onChange={(event) =>
              onChange(
                options.filter((o) => (o === option ? event.target.checked : chosen.includes(o))),
              )
            }
          />
          {labelOf(option)}
        </label>
      ))}
    </fieldset>
  );
}
