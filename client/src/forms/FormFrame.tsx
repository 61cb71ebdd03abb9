import type { ReactNode } from 'react';
import { OutcomeNotices } from './Notice';
import { SubmitButton } from './SubmitButton';
import type { Form } from './useForm';

/** A useForm form: its fields, then what came of the last submit, then the submit button. */
export function FormFrame({
  form,
  submitLabel,
  busyLabel,
  children,
}: {
  form: Pick<Form<Record<string, string>>, 'formRef' | 'submit' | 'outcome' | 'busy'>;
  submitLabel: string;
  busyLabel: string;
  children: ReactNode;
}) {
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate className="form">
      {children}
      <OutcomeNotices outcome={form.outcome} />
      <SubmitButton busy={form.busy} label={submitLabel} busyLabel={busyLabel} />
    </form>
  );
}
