import { type FormEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type ErrorOverrides, errorMessage } from '../api/errorMessage';
import type { Outcome } from './Notice';
import { type FieldBinding, useFields } from './useFields';
import { useFocusFirstError } from './useFocusFirstError';
import { type FieldErrors, fieldErrors, hasErrors } from './validation';

// What every account and profile form does the same way: check the values with the server's own
// zod schema before sending, put the keyboard on the first field with a problem, refuse a second
// submit while one is under way, and say how it went in a live region.

type Values = Record<string, string>;

export type FormOptions<V extends Values> = {
  initial: V;
  schema: z.ZodType;
  /** Problems the schema cannot see, such as two fields that must agree. */
  check?: (values: V) => FieldErrors<keyof V & string>;
  /** Sends the values; throws the API's error. Its result, if any, is said as a success. */
  send: (values: V) => Promise<string | undefined>;
  /** Error codes whose meaning depends on this form, to translation keys. */
  errorKeys?: ErrorOverrides;
  /** Empty the fields after a success (a password form). */
  resetOnSuccess?: boolean;
  /**
   * `send` navigates away on success: the form stays busy until it is gone, so the page does not
   * react to the new state (a signed-in session) with a navigation of its own.
   */
  leavesOnSuccess?: boolean;
};

export type Form<V extends Values> = {
  values: V;
  busy: boolean;
  outcome: Outcome;
  formRef: RefObject<HTMLFormElement | null>;
  submit: (event: FormEvent) => Promise<void>;
  /** The props of the TextField for `name`: id, value, onChange and its error. */
  field: (
    name: keyof V & string,
  ) => FieldBinding & { error: FieldErrors<keyof V & string>[keyof V & string] };
};

export function useForm<V extends Values>(options: FormOptions<V>): Form<V> {
  const { i18n } = useTranslation();
  const [formRef, focusFirstError] = useFocusFirstError();
  const { values, field, reset } = useFields(options.initial);
  const [errors, setErrors] = useState<FieldErrors<keyof V & string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setOutcome(null);
    const found: FieldErrors<keyof V & string> = {
      ...options.check?.(values),
      ...fieldErrors<keyof V & string>(options.schema, values),
    };
    setErrors(found);
    if (hasErrors(found)) return focusFirstError();
    setBusy(true);
    try {
      const said = await options.send(values);
      if (options.leavesOnSuccess) return;
      if (options.resetOnSuccess) reset();
      setOutcome(said ? { tone: 'success', text: said } : null);
    } catch (error) {
      setOutcome({ tone: 'error', text: errorMessage(error, i18n, options.errorKeys) });
    }
    setBusy(false);
  };

  return {
    values,
    busy,
    outcome,
    formRef,
    submit,
    field: (name) => ({ ...field(name), error: errors[name] }),
  };
}
