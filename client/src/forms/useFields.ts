import { type ChangeEvent, useState } from 'react';

type Values = Record<string, string>;

/** What binds a TextField (or a textarea) to one value. */
export type FieldBinding = {
  id: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
};

/**
 * A form's text values kept together, with the props that bind a control to each. `idPrefix`
 * keeps ids unique where several forms share a page.
 */
export function useFields<V extends Values>(initial: V, idPrefix = '') {
  const [values, setValues] = useState<V>(initial);
  const field = (name: keyof V & string): FieldBinding => ({
    id: idPrefix ? `${idPrefix}-${name}` : name,
    value: values[name] ?? '',
    onChange: (event) => setValues((v) => ({ ...v, [name]: event.target.value })),
  });
  /** Back to the initial values: those named, or all of them. */
  const reset = (...names: (keyof V & string)[]) =>
    setValues((v) =>
      names.length === 0
        ? initial
        : { ...v, ...Object.fromEntries(names.map((name) => [name, initial[name]])) },
    );
  return { values, field, reset };
}
