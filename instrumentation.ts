/**
 * Runs once when the Next.js server starts (Node.js runtime only): installs the rendered-page
 * cache's hooks for scripts/serve.mjs (lib/page-cache/page-cache.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installPageCache } = await import('@/lib/page-cache/page-cache');
  installPageCache();
}
