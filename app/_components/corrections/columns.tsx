import type { Column } from '@/app/_components/tables/DataTable';
import type { Correction } from '@/db/schema';
import { correctionText as t } from '@/lib/i18n/ru';
import { CorrectionActions } from './CorrectionActions';
import { formatFieldValue } from './field-value';

type Action = 'undo' | 'confirm' | 'drop';

/** The columns a list of corrections shares wherever it is shown: the field, its change, where it stands. */
export function correctionColumns(sphereNames: Map<string, string>) {
  const show = (correction: Correction, value: unknown) => formatFieldValue(correction.field, value, sphereNames);
  return {
    field: { header: t.field, cell: (correction) => t.fields[correction.field] ?? correction.field } satisfies Column<Correction>,
    change: {
      header: t.change,
      cell: (correction) => (
        <>
          {show(correction, correction.parsedValue)} → {show(correction, correction.value)}
        </>
      ),
    } satisfies Column<Correction>,
    /** The state, and the curator's buttons (none when `actionsOf` gives none) returning to `returnTo`. */
    state: (actionsOf: (correction: Correction) => Action[], returnTo: (correction: Correction) => string): Column<Correction> => ({
      header: t.state,
      cell: (correction) => {
        const actions = actionsOf(correction);
        return (
          <>
            {t.states[correction.state] ?? correction.state}
            {actions.length > 0 && <CorrectionActions id={correction.id} actions={actions} returnTo={returnTo(correction)} />}
          </>
        );
      },
    }),
  };
}
