import type { FieldIssue } from '../../../../shared/issues/fieldIssue';
import { FieldError } from '../../forms/Field';
import { useIssueText } from '../../forms/useIssueText';

// Form controls for the board's side panel. Fields use the one FieldFrame (forms/Field.tsx);
// the issues come from the board schemas as codes, worded in the reader's language.

export function issueAt(issues: readonly FieldIssue[], path: string): FieldIssue | undefined {
  return issues.find((issue) => issue.path === path);
}

type ChoicesProps<T extends string> = {
  id: string;
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  error?: FieldIssue | undefined;
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
  const textOf = useIssueText();
  return (
    <fieldset
      className={error ? 'board-choices field-invalid' : 'board-choices'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && <FieldError id={`${id}-error`} text={textOf(error)} />}
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
