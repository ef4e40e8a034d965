import { eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { authThrottle, knownDevices } from '../db/schema';

const COUNT_DECAYS_AFTER_MS = 3_600_000;

export function createAuthThrottleRepository(db: Db) {
  return {
    async nextAllowedAt(key: string): Promise<Date | undefined> {
      const rows = await db
        .select({ nextAllowedAt: authThrottle.nextAllowedAt })
        .from(authThrottle)
        .where(eq(authThrottle.key, key))
        .limit(1);
      return rows[0]?.nextAllowedAt;
    },

    /** Adds one to the key's count (an hour without attempts starts it afresh); returns the count. */
    async countAttempt(key: string, now: Date): Promise<number> {
      const updated = await db
        .insert(authThrottle)
        .values({ key, failures: 1, nextAllowedAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: authThrottle.key,
          set: {
            failures: sql`case when ${authThrottle.updatedAt} < ${new Date(now.getTime() - COUNT_DECAYS_AFTER_MS)} then 1 else ${authThrottle.failures} + 1 end`,
            updatedAt: now,
          },
        })
        .returning({ failures: authThrottle.failures });
      return updated[0]?.failures ?? 1;
    },

    async delayUntil(key: string, until: Date): Promise<void> {
      await db.update(authThrottle).set({ nextAllowedAt: until }).where(eq(authThrottle.key, key));
    },

    /** Takes back one counted attempt: it turned out to be a success. */
    async uncount(key: string): Promise<void> {
      await db
        .update(authThrottle)
        .set({ failures: sql`greatest(${authThrottle.failures} - 1, 0)` })
        .where(eq(authThrottle.key, key));
    },

    async clear(key: string): Promise<void> {
      await db.delete(authThrottle).where(eq(authThrottle.key, key));
    },

    async clearPrefix(prefix: string): Promise<void> {
      await db.delete(authThrottle).where(like(authThrottle.key, `${prefix}%`));
    },

    async knownDeviceUser(tokenHash: string): Promise<string | undefined> {
      const rows = await db
        .select({ userId: knownDevices.userId })
        .from(knownDevices)
        .where(eq(knownDevices.tokenHash, tokenHash))
        .limit(1);
      return rows[0]?.userId;
    },

    async rememberDevice(tokenHash: string, userId: string, now: Date): Promise<void> {
      await db.insert(knownDevices).values({ tokenHash, userId, createdAt: now }).onConflictDoNothing();
    },
  };
}
