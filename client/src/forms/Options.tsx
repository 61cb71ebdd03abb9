export type Option<T extends string> = { value: T; label: string; disabled?: boolean };

/** A select's options, after a blank one (the empty value) where choosing nothing is allowed. */
export function Options<T extends string>({
  options,
  blank,
}: {
  options: readonly Option<T>[];
  blank?: string | undefined;
}) {
  return (
    <>
      {blank !== undefined && <option value="">{blank}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </>
  );
}
