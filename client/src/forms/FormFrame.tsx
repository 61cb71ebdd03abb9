import type { ReactNode } from 'react';
import { Notice } from './Notice';
import { SubmitButton } from './SubmitButton';
import type { Form, Outcome } from './useForm';

/** The form's two live regions: a failure interrupts, a success waits its turn. */
function FormOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <Notice tone="success">{outcome?.tone === 'success' ? outcome.text : ''}</Notice>
      <Notice tone="error">{outcome?.tone === 'error' ? outcome.text : ''}</Notice>
    </>
  );
}

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
      <FormOutcome outcome={form.outcome} />
      <SubmitButton busy={form.busy} label={submitLabel} busyLabel={busyLabel} />
    </form>
  );
}
