import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import type { Issue } from '../../../shared/issues/fieldIssue';
import { type Option, Options } from './Options';
import { useIssueText } from './useIssueText';

type FrameProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: Issue | undefined;
  children: (describedBy: string | undefined, invalid: true | undefined) => ReactNode;
};

/**
 * Label, hint and error of one form control, tied to it by for/id and aria-describedby: the one
 * frame of every field (account forms, the board's side panel, case and card forms).
 */
export function FieldFrame({ id, label, hint, error, children }: FrameProps) {
  const textOf = useIssueText();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId} text={textOf(error)} />}
      {children(describedBy, error ? true : undefined)}
    </div>
  );
}

/** The warning under a field or a group of fields. */
export function FieldError({ id, text }: { id: string | undefined; text: string }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  );
}

type Common = { id: string; label: string; hint?: string | undefined; error?: Issue | undefined };

export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldFrame>
  );
}

/**
 * A required password box. `purpose` tells password managers whether to fill in the saved
 * password or to offer a new one.
 */
export function PasswordField({
  purpose,
  ...field
}: Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'autoComplete'> & {
    purpose: 'current' | 'new';
  }) {
  return <TextField {...field} type="password" autoComplete={`${purpose}-password`} required />;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  ...select
}: Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A labelled choice of one value from a list, handing the value chosen to `onChange`. */
export function ChoiceField<T extends string>({
  options,
  blank,
  onChange,
  ...select
}: Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> & {
    value: T;
    options: readonly Option<T>[];
    blank?: string;
    onChange: (value: T) => void;
  }) {
  return (
    <SelectField {...select} onChange={(event) => onChange(event.target.value as T)}>
      <Options options={options} blank={blank} />
    </SelectField>
  );
}
