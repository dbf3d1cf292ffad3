/**
 * The JSON bodies of the import API, declared once: the route handlers (app/api/import/) write
 * them with `satisfies`, and the import page (app/import/) reads them through post-form.ts. Safe
 * in the browser: types and a zod schema only.
 */
import { z } from 'zod';
import type { ReportPreview } from './preview';
import type { SaveOutcome } from './save-report';

/** 200 of POST /api/import/preview. */
export interface PreviewResponse {
  fileName: string;
  contentHash: string;
  /** The stored state the preview was compared with; the confirm sends it back (stale-preview check). */
  basis: string;
  preview: ReportPreview;
}

/** 200 of POST /api/import/confirm. */
export interface ConfirmResponse {
  outcome: SaveOutcome;
  periodKey: string;
  eventCount: number;
}

/** Every 4xx and 500 of the import API: a code the page translates, the technical reason or the size limit. */
export const importApiError = z.object({ error: z.string(), message: z.string().optional(), limitBytes: z.number().optional() });
export type ImportApiError = z.infer<typeof importApiError>;

/** The POST routes of the import API and the body each answers with on success. */
export interface ImportRoutes {
  '/api/import/preview': PreviewResponse;
  '/api/import/confirm': ConfirmResponse;
}
