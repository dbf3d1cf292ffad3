/**
 * better-sqlite3 answers synchronously, so a section under <Suspense> that queried at once would hold
 * up the whole response, the page's shell included. Awaiting this first gives the server time to
 * render and send the shell (and the section's skeleton): it waits until the event loop is idle,
 * i.e. until a few turns in a row find no other work, at most MAX_WAIT_MS.
 */
const QUIET_TURNS = 3;
const QUIET_TURN_MS = 1;
const MAX_WAIT_MS = 250;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function afterShell(): Promise<void> {
  const deadline = performance.now() + MAX_WAIT_MS;
  let quiet = 0;
  while (quiet < QUIET_TURNS && performance.now() < deadline) {
    const started = performance.now();
    await nextTurn();
    quiet = performance.now() - started < QUIET_TURN_MS ? quiet + 1 : 0;
  }
}
