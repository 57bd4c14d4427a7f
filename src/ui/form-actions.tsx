type FormActionsProps = { cancelLabel: string; submitLabel: string; onCancel: () => void };

/** The foot of a form dialog: Cancel, then the submit button (Enter in a field submits too). */
export function FormActions({ cancelLabel, submitLabel, onCancel }: FormActionsProps) {
  return (
    <div className="dialog-footer">
      <button type="button" onClick={onCancel}>{cancelLabel}</button>
      <button type="submit" className="primary">{submitLabel}</button>
    </div>
  );
}
