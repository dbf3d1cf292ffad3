/**
 * Data downloads: GET /api/export/<figure>?<filters>&file=xlsx|csv, and for the comparison page's
 * figures also its periods (a, b or aFrom/aTo, bFrom/bTo; lib/filters/compare.ts). The figure id
 * is checked against the fixed list, the filters with parseFilters and the periods with
 * parseCompareParams; anything invalid is a 400 with a readable message. Rows come from
 * lib/export/figures.ts and compare-figures.ts, i.e. the same queries and builders as the pages.
 */
import { loadCompareExportContext } from '@/lib/export/compare-context';
import { loadExportContext, type ExportContext } from '@/lib/export/context';
import { loadComparison, periodLabel, sharedFilters } from '@/lib/compare/periods';
import { COMPARE_FIGURES } from '@/lib/export/compare-figures';
import { toCsv } from '@/lib/export/csv';
import { DATA_FORMATS, FIGURE_IDS, FILE_PARAM, exportFileName, isCompareFigure, isFigureId, type CompareFigureId, type DataFormat, type PageFigureId } from '@/lib/export/figure-ids';
import { FIGURES, type FigureTable } from '@/lib/export/figures';
import { writeXlsx } from '@/lib/export/xlsx';
import { parseCompareParams, resolvePeriods } from '@/lib/filters/compare';
import { parseFilters } from '@/lib/filters/filters';
import { compareExportText, compareText, exportText } from '@/lib/i18n/ru';
import { getDb } from '@/lib/queries/db';
import { getCoverage } from '@/lib/queries/coverage';

export const dynamic = 'force-dynamic';

const CONTENT_TYPES: Record<DataFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** A figure's rows and the text around them, or the error response. */
type Loaded = { table: FigureTable; context: ExportContext } | Response;

const isDataFormat = (value: string): value is DataFormat => (DATA_FORMATS as readonly string[]).includes(value);

function badRequest(error: string, message: string, status = 400): Response {
  return Response.json({ error, message }, { status });
}

export async function GET(request: Request, { params }: { params: Promise<{ figure: string }> }): Promise<Response> {
  const { figure } = await params;
  const search = new URL(request.url).searchParams;
  const format = search.get(FILE_PARAM) ?? 'xlsx';
  if (!isFigureId(figure)) return badRequest('unknown_figure', exportText.errors.unknownFigure(figure, FIGURE_IDS.join(', ')));
  if (!isDataFormat(format)) return badRequest('unknown_format', exportText.errors.badFormat(format));
  const loaded = isCompareFigure(figure) ? loadCompareFigure(figure, search) : loadPageFigure(figure, search);
  if (loaded instanceof Response) return loaded;
  const { table, context } = loaded;
  const body = format === 'xlsx' ? new Uint8Array(await writeXlsx(table, context)) : toCsv(table.columns.map((column) => column.header), table.rows);
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${exportFileName(figure, context.period, format)}"`,
      'Cache-Control': 'no-store',
    },
  });
}

function loadPageFigure(figure: PageFigureId, search: URLSearchParams): Loaded {
  const { filters, ignored } = parseFilters(search);
  if (ignored.length > 0) return badRequest('invalid_filters', exportText.errors.badFilters(ignored.join(', ')));
  const db = getDb();
  return { table: FIGURES[figure](db, filters), context: loadExportContext(db, filters) };
}

/** As the comparison page: period filters of other pages are left out, missing periods take the page's defaults. */
function loadCompareFigure(figure: CompareFigureId, search: URLSearchParams): Loaded {
  const { filters, ignored } = parseFilters(search);
  if (ignored.length > 0) return badRequest('invalid_filters', exportText.errors.badFilters(ignored.join(', ')));
  const compare = parseCompareParams(search);
  if (compare.ignored.length > 0) return badRequest('invalid_periods', compareExportText.badPeriods(compare.ignored.join(', ')));
  const db = getDb();
  const resolved = resolvePeriods(compare.periods, getCoverage(db));
  if (!resolved) return badRequest('no_data', compareText.noData, 404);
  if (!resolved.a) return badRequest('no_comparison', compareText.singleBefore(periodLabel(resolved.b)), 404);
  const periods = { a: resolved.a, b: resolved.b };
  const shared = sharedFilters(filters);
  return { table: COMPARE_FIGURES[figure](db, loadComparison(db, shared, periods)), context: loadCompareExportContext(db, shared, periods) };
}
