import { eq, sql } from 'drizzle-orm';
import {
  addressDelayPolicy,
  delayAfterAttempts,
  retryAfterSeconds,
  signInDelayPolicy,
  type DelayPolicy,
} from '@hearth/core';
import type { AppContext } from '../context';
import { authThrottle } from '../db/schema';
import { HearthError } from '../errors/catalogue';

/**
 * Counts sign-in attempts per (handle, address) and per address in the database, so every
 * server process sees the same counts. The per-pair key means an attacker's guesses slow the
 * attacker down, not the real person signing in from their own device.
 */
export function createAuthThrottle(ctx: AppContext) {
  const db = ctx.database.db;

  function keysFor(handle: string, address: string): Array<[string, DelayPolicy]> {
    return [
      [`pair:${handle}|${address}`, signInDelayPolicy],
      [`addr:${address}`, addressDelayPolicy],
    ];
  }

  return {
    /** Throws 429 while a delay is running; otherwise counts this attempt. */
    async registerAttempt(handle: string, address: string): Promise<void> {
      const now = ctx.clock.now();
      const keys = keysFor(handle, address);
      for (const [key] of keys) {
        const rows = await db.select().from(authThrottle).where(eq(authThrottle.key, key)).limit(1);
        const row = rows[0];
        if (row && row.nextAllowedAt > now) {
          const seconds = retryAfterSeconds(row.nextAllowedAt, now);
          throw new HearthError('HEARTH_RATE_LIMITED', {
            message: `Too many attempts. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
            headers: { 'Retry-After': String(seconds) },
          });
        }
      }
      for (const [key, policy] of keys) {
        const updated = await db
          .insert(authThrottle)
          .values({ key, failures: 1, nextAllowedAt: now, updatedAt: now })
          .onConflictDoUpdate({
            target: authThrottle.key,
            // Counts decay: an hour without attempts starts the count afresh.
            set: {
              failures: sql`case when ${authThrottle.updatedAt} < ${new Date(now.getTime() - 3_600_000)} then 1 else ${authThrottle.failures} + 1 end`,
              updatedAt: now,
            },
          })
          .returning({ failures: authThrottle.failures });
        const failures = updated[0]?.failures ?? 1;
        const delay = delayAfterAttempts(failures, policy);
        if (delay > 0) {
          await db
            .update(authThrottle)
            .set({ nextAllowedAt: new Date(now.getTime() + delay) })
            .where(eq(authThrottle.key, key));
        }
      }
    },

    /** A successful sign-in clears the pair's count (the address count decays after an hour). */
    async registerSuccess(handle: string, address: string): Promise<void> {
      await db.delete(authThrottle).where(eq(authThrottle.key, `pair:${handle}|${address}`));
    },
  };
}

export type AuthThrottle = ReturnType<typeof createAuthThrottle>;
