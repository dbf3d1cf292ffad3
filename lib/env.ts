/**
 * Configuration, read from process.env once and validated. Every variable is listed in
 * .env.example and the README.
 */
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/dashboard.sqlite'),
  REPORTS_DIR: z.string().min(1).default('data/reports'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Optional raster tiles under the vector basemap, e.g. "https://tiles.example/{z}/{x}/{y}.png". */
  TILE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  TILE_ATTRIBUTION: z.string().optional(),
});

export type Env = {
  databasePath: string;
  reportsDir: string;
  port: number;
  tileUrl: string | undefined;
  tileAttribution: string | undefined;
};

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
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
  };
}

export const env: Env = readEnv();
