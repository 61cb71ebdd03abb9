import { SubmitButton } from './SubmitButton';

/**
 * A form's foot: submit with `saveLabel` (worded `busyLabel` while sending), and cancel when the
 * form can be left without saving.
 */
export function SaveOrCancel({
  saveLabel,
  busy = false,
  busyLabel,
  cancelLabel,
  onCancel,
  className = 'form-buttons',
}: {
  saveLabel: string;
  busy?: boolean;
  busyLabel?: string;
  cancelLabel?: string;
  onCancel?: () => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <SubmitButton busy={busy} label={saveLabel} busyLabel={busyLabel} />
      {onCancel && (
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
