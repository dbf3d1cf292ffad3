/**
 * Configuration, read from process.env once and validated. Every variable is listed in
 * .env.example and the README.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from '@/lib/security/client-address';

const schema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/dashboard.sqlite'),
  REPORTS_DIR: z.string().min(1).default('data/reports'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Optional raster tiles under the vector basemap, e.g. "https://tiles.example/{z}/{x}/{y}.png". */
  TILE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  TILE_ATTRIBUTION: z.string().optional(),
  /** public: anyone reads the dashboard; login: every page and download needs a signed-in user. */
  READ_ACCESS: z.enum(['public', 'login']).default('public'),
  /** Key that encrypts session cookies (32+ characters); generated and kept beside the database when unset. */
  SESSION_SECRET: z.string().min(32).optional().or(z.literal('').transform(() => undefined)),
  UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  /** The first admin, created on start only while no user exists. */
  ADMIN_USERNAME: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  /** off: every query runs against the database (the benchmark's cold numbers); on: results are memoised per data version. */
  QUERY_CACHE: z.enum(['on', 'off']).default('on'),
  /** Reverse proxy in front of the app whose X-Forwarded-* headers count: a hop count or its addresses; empty: none. */
  TRUST_PROXY: z.string().optional(),
  /** The address readers open the dashboard at ("https://dashboard.example.org"), for links in files that leave it (the deck). */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((url) => /^https?:\/\//i.test(url), 'an http or https address')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type Env = {
  databasePath: string;
  reportsDir: string;
  port: number;
  tileUrl: string | undefined;
  tileAttribution: string | undefined;
  readAccess: 'public' | 'login';
  sessionSecret: string | undefined;
  uploadMaxBytes: number;
  firstAdmin: { username: string; password: string } | undefined;
  queryCache: boolean;
  trustProxy: TrustProxy;
  /** PUBLIC_URL without a trailing slash, or undefined: links then use the address the page was opened at. */
  publicUrl: string | undefined;
};

/** The configuration from a set of variables (process.env for the app). */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const value = parsed.data;
  return {
    databasePath: path.resolve(value.DATABASE_PATH),
    reportsDir: path.resolve(value.REPORTS_DIR),
    port: value.PORT,
    tileUrl: value.TILE_URL,
    tileAttribution: value.TILE_ATTRIBUTION,
    readAccess: value.READ_ACCESS,
    sessionSecret: value.SESSION_SECRET,
    uploadMaxBytes: Math.round(value.UPLOAD_MAX_MB * 1024 * 1024),
    firstAdmin: value.ADMIN_USERNAME && value.ADMIN_PASSWORD ? { username: value.ADMIN_USERNAME, password: value.ADMIN_PASSWORD } : undefined,
    queryCache: value.QUERY_CACHE === 'on',
    trustProxy: readTrustProxy(value.TRUST_PROXY),
    publicUrl: value.PUBLIC_URL?.replace(/\/+$/, ''),
  };
}

function readTrustProxy(value: string | undefined): TrustProxy {
  try {
    return parseTrustProxy(value);
  } catch (error) {
    throw new Error(`Invalid environment variable TRUST_PROXY: ${(error as Error).message}`);
  }
}

export const env: Env = readEnv();
