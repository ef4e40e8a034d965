import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { CHANGE_CHANNEL, type ChangeNotice } from './change-notifier';

export function createChangeNoticesRepository(db: Db) {
  return {
    /** Call inside the writing transaction: NOTIFY is delivered only if the transaction commits. */
    async publish(notice: ChangeNotice): Promise<void> {
      if (notice.userIds.length === 0) return;
      await db.execute(sql`select pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify(notice)})`);
    },
  };
}
