import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../db/database';
import { pushSubscriptions } from '../db/schema';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

export function createPushSubscriptionsRepository(db: Db) {
  return {
    /**
     * One subscription per session, and an endpoint belongs to one browser: whatever this session
     * or this endpoint had before is replaced (a shared device stops getting the previous
     * person's reminders when the next one subscribes).
     */
    async replace(row: typeof pushSubscriptions.$inferInsert): Promise<void> {
      // A concurrent subscribe for the same session or endpoint may commit between our delete and
      // insert; then the insert does nothing and the next round deletes what it wrote.
      for (let round = 0; round < 3; round += 1) {
        await db
          .delete(pushSubscriptions)
          .where(
            or(
              eq(pushSubscriptions.sessionTokenHash, row.sessionTokenHash),
              eq(pushSubscriptions.endpoint, row.endpoint),
            ),
          );
        const inserted = await db
          .insert(pushSubscriptions)
          .values(row)
          .onConflictDoNothing()
          .returning({ id: pushSubscriptions.id });
        if (inserted.length > 0) return;
      }
      throw new Error('Could not store the push subscription after three attempts.');
    },

    async deleteForSession(sessionTokenHash: string): Promise<void> {
      await db.delete(pushSubscriptions).where(eq(pushSubscriptions.sessionTokenHash, sessionTokenHash));
    },

    async ofUsers(userIds: string[]): Promise<PushSubscriptionRow[]> {
      if (userIds.length === 0) return [];
      return db.select().from(pushSubscriptions).where(inArray(pushSubscriptions.userId, userIds));
    },

    async deleteByIds(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, ids));
    },
  };
}
