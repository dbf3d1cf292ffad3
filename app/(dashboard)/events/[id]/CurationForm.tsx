import type { ReactNode } from 'react';

interface Props {
  /** The route the form posts to (a plain post: it works without scripts; the server checks everything). */
  action: string;
  className: string;
  testId: string;
  reasonLabel: string;
  submitLabel: string;
  children: ReactNode;
}

/** An editor's form on the event page: its own fields, then the reason every change must give, then submit. */
export function CurationForm({ action, className, testId, reasonLabel, submitLabel, children }: Props) {
  return (
    <form method="post" action={action} className={className} data-testid={testId}>
      {children}
      <label>
        {reasonLabel}
        <textarea name="reason" required rows={2} maxLength={1000} />
      </label>
      <button type="submit" className="button primary">
        {submitLabel}
      </button>
    </form>
  );
}
