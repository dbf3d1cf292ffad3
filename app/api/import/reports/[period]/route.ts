import { z } from 'zod';
import { checkpointWal } from '@/db/maintenance';
import { jsonError, requireAdmin } from '@/lib/auth/guards';
import { deleteReportAs } from '@/lib/import/admin-import';
import { getDb } from '@/lib/queries/db';
import { serverFault } from '../../upload-route';

const PeriodKey = z.string().regex(/^\d{4}-(Q[1-4]|H[12]|9M|Y)$/);

/** DELETE: removes the stored report of a period ("2025-Q4") with its events, in one transaction. */
export async function DELETE(request: Request, context: { params: Promise<{ period: string }> }): Promise<Response> {
  const admin = await requireAdmin(request);
  if (admin instanceof Response) return admin;
  const period = PeriodKey.safeParse((await context.params).period);
  if (!period.success) return jsonError(400, 'bad_period');
  try {
    if (!deleteReportAs(getDb(), period.data, admin.username)) return jsonError(404, 'not_found');
  } catch (error) {
    return serverFault('delete', error);
  }
  checkpointWal(getDb().$client);
  return Response.json({ deleted: period.data });
}
