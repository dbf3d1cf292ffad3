import { importText } from '@/lib/i18n/ru';
import type { RowAccount } from '@/lib/ingest/types';

/** "N rows read → M events, K skipped (why)": every table row of the file is accounted for. */
export function RowAccountView({ account }: { account: RowAccount }) {
  return (
    <div data-testid="preview-row-account">
      <p className="summary-line">
        {importText.rowAccount(account.rowsRead, account.events, account.skipped.length)}{' '}
        {importText.rowAccountParts(account.headers, account.sections, account.summaryRows, account.columnNumbers)}
      </p>
      {account.skipped.length > 0 && (
        <>
          <h3>{importText.skippedTitle}</h3>
          <ul data-testid="preview-skipped">
            {account.skipped.map((skip) => (
              <li key={skip.row}>
                {importText.skippedRow(skip.row)}: {importText.skipReasons[skip.reason]}
                {skip.text ? ` — «${skip.text}»` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
