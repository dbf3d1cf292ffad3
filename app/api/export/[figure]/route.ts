/**
 * Data downloads: GET /api/export/<figure>?<filters>&file=xlsx|csv. The figure id is checked
 * against the fixed list and the filters with parseFilters; anything invalid is a 400 with a
 * readable message. Rows come from lib/export/figures.ts, i.e. the same queries as the pages.
 */
import { loadExportContext } from '@/app/_components/export/export-context';
import { toCsv } from '@/lib/export/csv';
import { DATA_FORMATS, FIGURE_IDS, FILE_PARAM, exportFileName, isFigureId, type DataFormat } from '@/lib/export/figure-ids';
import { FIGURES } from '@/lib/export/figures';
import { writeXlsx } from '@/lib/export/xlsx';
import { parseFilters } from '@/lib/filters/filters';
import { exportText } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';

export const dynamic = 'force-dynamic';

const CONTENT_TYPES: Record<DataFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const isDataFormat = (value: string): value is DataFormat => (DATA_FORMATS as readonly string[]).includes(value);

function badRequest(error: string, message: string): Response {
  return Response.json({ error, message }, { status: 400 });
}

export async function GET(request: Request, { params }: { params: Promise<{ figure: string }> }): Promise<Response> {
  const { figure } = await params;
  const search = new URL(request.url).searchParams;
  const format = search.get(FILE_PARAM) ?? 'xlsx';
  if (!isFigureId(figure)) return badRequest('unknown_figure', exportText.errors.unknownFigure(figure, FIGURE_IDS.join(', ')));
  if (!isDataFormat(format)) return badRequest('unknown_format', exportText.errors.badFormat(format));
  const { filters, ignored } = parseFilters(search);
  if (ignored.length > 0) return badRequest('invalid_filters', exportText.errors.badFilters(ignored.join(', ')));
  const db = getDb();
  const table = FIGURES[figure](db, filters);
  const context = loadExportContext(db, filters);
  const body =
    format === 'xlsx'
      ? new Uint8Array(await writeXlsx(table, context))
      : toCsv(table.columns.map((column) => column.header), table.rows);
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${exportFileName(figure, context.period, format)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
