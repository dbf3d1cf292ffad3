import { describe, expect, test } from 'vitest';
import { createRateLimiter } from '@/lib/auth/rate-limit';

describe('login rate limit', () => {
  test('five failures within the window lock the key until the oldest ages out', () => {
    const limiter = createRateLimiter(5, 60_000);
    for (let i = 0; i < 4; i++) limiter.fail('user:anna', 1_000 + i);
    expect(limiter.retryAfter('user:anna', 2_000)).toBe(0);
    limiter.fail('user:anna', 1_004);
    expect(limiter.retryAfter('user:anna', 2_000)).toBe(59_000);
    expect(limiter.retryAfter('user:anna', 61_000)).toBe(0);
  });

  test('keys are independent and a reset clears one', () => {
    const limiter = createRateLimiter(2, 60_000);
    limiter.fail('user:a', 0);
    limiter.fail('user:a', 0);
    expect(limiter.retryAfter('user:a', 1)).toBeGreaterThan(0);
    expect(limiter.retryAfter('user:b', 1)).toBe(0);
    limiter.reset('user:a');
    expect(limiter.retryAfter('user:a', 1)).toBe(0);
  });
});
