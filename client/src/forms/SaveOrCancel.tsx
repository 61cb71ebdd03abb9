/** A form's foot: submit with `saveLabel`, or cancel. */
export function SaveOrCancel({
  saveLabel,
  cancelLabel,
  onCancel,
}: {
  saveLabel: string;
  cancelLabel: string;
  onCancel: () => void;
}) {
  return (
    <div className="form-buttons">
      <button type="submit">{saveLabel}</button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
