import { mergeText as t } from '@/lib/i18n/ru';
import type { LookAlikePair } from '@/lib/queries/duplicates';

/**
 * "Это одно мероприятие" for one look-alike pair: which row counts (the first by default) and a
 * reason (prefilled, editable); a plain form post to the merge route, checked on the server.
 */
export function LookAlikeMerge({ pair, merged }: { pair: LookAlikePair; merged: boolean }) {
  if (merged) return <span className="muted">{t.lookAlikeMerged}</span>;
  const name = (row: LookAlikePair['a']) => `№${row.seq}`;
  return (
    <details className="look-alike-merge" data-testid={`look-alike-merge-${pair.a.id}-${pair.b.id}`}>
      <summary>{t.lookAlikeAction}</summary>
      <form method="post" action="/api/merges">
        <input type="hidden" name="action" value="merge" />
        <input type="hidden" name="returnTo" value="/quality" />
        <input type="hidden" name="row" value={String(pair.a.id)} />
        <input type="hidden" name="row" value={String(pair.b.id)} />
        <span>{t.winner}:</span>
        {[pair.a, pair.b].map((row, i) => (
          <label key={row.id}>
            <input type="radio" name="winner" value={String(row.id)} defaultChecked={i === 0} /> {name(row)}
          </label>
        ))}
        <input name="reason" required maxLength={1000} defaultValue={t.lookAlikeReason} aria-label={t.reason} />
        <button type="submit" className="button">
          {t.lookAlikeSubmit}
        </button>
      </form>
    </details>
  );
}
