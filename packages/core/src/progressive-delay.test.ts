import { describe, expect, it } from 'vitest';
import {
  delayAfterAttempts,
  retryAfterSeconds,
  signInDelayPolicy,
  type DelayPolicy,
} from './progressive-delay';

const policy: DelayPolicy = { freeAttempts: 3, baseDelayMs: 1000, maxDelayMs: 8000 };

describe('progressive sign-in delay', () => {
  it.each([
    [0, 0],
    [3, 0],
    [4, 1000],
    [5, 2000],
    [6, 4000],
    [7, 8000],
    [8, 8000],
    [500, 8000],
  ])('after %i attempts the wait is %i ms', (attempts, expected) => {
    expect(delayAfterAttempts(attempts, policy)).toBe(expected);
  });

  it('never exceeds the cap, so nobody can be locked out for good', () => {
    for (let attempts = 0; attempts < 2000; attempts += 7) {
      expect(delayAfterAttempts(attempts, signInDelayPolicy)).toBeLessThanOrEqual(
        signInDelayPolicy.maxDelayMs,
      );
    }
  });

  it.each([
    [0, 0],
    [-500, 0],
    [1, 1],
    [999, 1],
    [1001, 2],
  ])('Retry-After for a wait of %i ms is %i s', (ms, seconds) => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds(new Date(now.getTime() + ms), now)).toBe(seconds);
  });
});
