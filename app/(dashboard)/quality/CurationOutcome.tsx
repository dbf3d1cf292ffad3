import { correctionText } from '@/lib/i18n/ru';

/** What became of the curator's last action on this page (`?correction=` from the routes' 303). */
export function CurationOutcome({ outcome }: { outcome: string | string[] | undefined }) {
  if (typeof outcome !== 'string' || !(outcome in correctionText.outcomes)) return null;
  return (
    <p className={outcome === 'saved' ? 'form-ok' : 'form-error'} role="status" data-testid="correction-outcome">
      {correctionText.outcomes[outcome]}
    </p>
  );
}
