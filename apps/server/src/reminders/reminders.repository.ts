import { and, asc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { Db } from '../db/database';
import { practiceDone, reminderSchedules } from '../db/schema';

export type ReminderScheduleRow = typeof reminderSchedules.$inferSelect;

export function createRemindersRepository(db: Db) {
  return {
    async schedulesOf(userId: string): Promise<ReminderScheduleRow[]> {
      return db
        .select()
        .from(reminderSchedules)
        .where(eq(reminderSchedules.userId, userId))
        .orderBy(asc(reminderSchedules.practice));
    },

    /** The settings are replaced as a whole: the list sent is the list kept. */
    async replaceSchedules(userId: string, rows: ReminderScheduleRow[]): Promise<void> {
      await db.delete(reminderSchedules).where(eq(reminderSchedules.userId, userId));
      if (rows.length > 0) await db.insert(reminderSchedules).values(rows);
    },

    async lockSchedule(userId: string, practice: string): Promise<ReminderScheduleRow | undefined> {
      const rows = await db
        .select()
        .from(reminderSchedules)
        .where(and(eq(reminderSchedules.userId, userId), eq(reminderSchedules.practice, practice)))
        .for('update');
      return rows[0];
    },

    async setNextDue(
      userId: string,
      practice: string,
      values: { nextDueAt: Date | null; lastSentAt?: Date | null },
    ): Promise<void> {
      await db
        .update(reminderSchedules)
        .set(values)
        .where(and(eq(reminderSchedules.userId, userId), eq(reminderSchedules.practice, practice)));
    },

    /**
     * Claims due reminders for this process: rows another process has claimed are skipped, not
     * waited for, so several processes share the work and none sends the same reminder twice.
     */
    async claimDue(now: Date, limit: number): Promise<ReminderScheduleRow[]> {
      return db
        .select()
        .from(reminderSchedules)
        .where(lte(reminderSchedules.nextDueAt, now))
        .orderBy(asc(reminderSchedules.nextDueAt))
        .limit(limit)
        .for('update', { skipLocked: true });
    },

    async markDone(userId: string, practice: string, localDate: string): Promise<void> {
      await db.insert(practiceDone).values({ userId, practice, localDate }).onConflictDoNothing();
    },

    /** Done days from `sinceDate` on ('YYYY-MM-DD' compares correctly as text). */
    async doneSince(userIds: string[], sinceDate: string) {
      if (userIds.length === 0) return [];
      return db
        .select()
        .from(practiceDone)
        .where(and(inArray(practiceDone.userId, userIds), gte(practiceDone.localDate, sinceDate)));
    },

    /** Done days are only needed for a day or two; older ones are forgotten. */
    async forgetDoneBefore(date: string): Promise<void> {
      await db.delete(practiceDone).where(lt(practiceDone.localDate, date));
    },
  };
}

export type RemindersRepository = ReturnType<typeof createRemindersRepository>;
