import { useId, type ReactElement, cloneElement } from 'react';

type FieldProps = {
  label: string;
  /** A message shown under the control and linked to it for screen readers. */
  error?: string | null;
  hint?: string;
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
  className?: string;
};

/** A labelled form control; the label and any error are tied to the control by id. */
export function Field({ label, error, hint, children, className }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const message = error ?? hint;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': message ? messageId : undefined })}
      {message && <span id={messageId} className={error ? 'field-error' : 'field-hint'}>{message}</span>}
    </div>
  );
}
