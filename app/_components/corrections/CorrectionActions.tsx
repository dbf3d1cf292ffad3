import { correctionText as t } from '@/lib/i18n/ru';

/** Undo, confirm or drop buttons of one correction (or, with `route`, of a merge): plain form posts, checked on the server. */
export function CorrectionActions({ id, actions, returnTo, route = '/api/corrections' }: { id: number; actions: ('undo' | 'confirm' | 'drop')[]; returnTo: string; route?: string }) {
  return (
    <div className="correction-actions">
      {actions.map((action) => (
        <form key={action} method="post" action={`${route}/${id}`}>
          <input type="hidden" name="action" value={action} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" className="button">
            {t[action]}
          </button>
        </form>
      ))}
    </div>
  );
}
