import { Phrases } from '../layout/Phrases';

/**
 * A form's submit button, worded for the moment it is sending. Busy, it is aria-disabled rather
 * than disabled so that it keeps the keyboard focus; the form refuses the second submit itself.
 */
export function SubmitButton({
  busy,
  label,
  busyLabel = label,
}: {
  busy: boolean;
  label: string;
  busyLabel?: string | undefined;
}) {
  return (
    <button type="submit" aria-disabled={busy}>
      <Phrases text={busy ? busyLabel : label} />
    </button>
  );
}
