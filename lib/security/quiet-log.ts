/**
 * One log line per kind of refused request and minute, with the count since the last line: a
 * client sending garbage in a loop must not be able to flood the server log (nor fill the disk).
 */
const INTERVAL_MS = 60_000;
const globalForLog = globalThis as unknown as { refusals?: Map<string, { loggedAt: number; since: number }> };

export function logRefusal(kind: string, detail: string, now = Date.now(), write: (line: string) => void = console.warn): void {
  globalForLog.refusals ??= new Map();
  const entry = globalForLog.refusals.get(kind);
  if (entry && now - entry.loggedAt < INTERVAL_MS) {
    entry.since++;
    return;
  }
  const repeated = entry && entry.since > 0 ? ` (${entry.since} more of this kind in the last minute)` : '';
  globalForLog.refusals.set(kind, { loggedAt: now, since: 0 });
  write(`refused ${kind}: ${detail.replace(/[\p{Cc}]/gu, ' ').slice(0, 200)}${repeated}`);
}
