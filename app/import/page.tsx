import type { Metadata } from 'next';
import { storageInfo } from '@/db/maintenance';
import { requireAdminPage } from '@/lib/auth/guards';
import { ErrorPage } from '@/app/_components/ui/ErrorPage';
import { env } from '@/lib/env';
import { errorText, importText } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { getAuditLog, getImportedReports } from '@/lib/queries/imports';
import { AuditLogTable } from './AuditLogTable';
import { ImportPanel } from './ImportPanel';
import { ReportList } from './ReportList';
import { StorageInfo } from './StorageInfo';

export const metadata: Metadata = { title: importText.title };

export default async function ImportPage() {
  const admin = await requireAdminPage('/import');
  if (!admin) {
    return <ErrorPage title={errorText.forbiddenTitle} text={importText.forbidden} />;
  }
  const db = getDb();
  return (
    <div className="import-page">
      <h1>{importText.title}</h1>
      <p className="subtitle">{importText.subtitle}</p>
      <ImportPanel />
      <ReportList reports={getImportedReports(db)} />
      <AuditLogTable entries={getAuditLog(db)} />
      <StorageInfo info={storageInfo(env.databasePath)} />
    </div>
  );
}
