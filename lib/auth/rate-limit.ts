/**
 * Failed-login limiter, in memory (one server process). A key (a user name, a client address) that
 * failed `maxFailures` times within `windowMs` is locked until the oldest failure ages out.
 */
export interface RateLimiter {
  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfter: (key: string, now?: number) => number;
  fail: (key: string, now?: number) => void;
  reset: (key: string) => void;
}

export function createRateLimiter(maxFailures: number, windowMs: number): RateLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((at) => now - at < windowMs);
  return {
    retryAfter(key, now = Date.now()) {
      const times = recent(key, now);
      if (times.length === 0) failures.delete(key);
      else failures.set(key, times);
      return times.length < maxFailures ? 0 : windowMs - (now - (times[0] ?? now));
    },
    fail(key, now = Date.now()) {
      failures.set(key, [...recent(key, now), now].slice(-maxFailures));
    },
    reset(key) {
      failures.delete(key);
    },
  };
}

export interface LoginLimiters {
  byUser: RateLimiter;
  byAddress: RateLimiter;
}

const WINDOW_MS = 15 * 60 * 1000;
const globalForLimiter = globalThis as unknown as { loginLimiters?: LoginLimiters };

/** 5 failed attempts per user name, 20 per client address (colleagues may share one), in 15 minutes. */
export function loginLimiters(): LoginLimiters {
  globalForLimiter.loginLimiters ??= { byUser: createRateLimiter(5, WINDOW_MS), byAddress: createRateLimiter(20, WINDOW_MS) };
  return globalForLimiter.loginLimiters;
}
