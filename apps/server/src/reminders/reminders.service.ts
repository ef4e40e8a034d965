import { addDays, isTimeZone, localDate, nextReminderAt, notInFuture, type QuietHours } from '@hearth/core';
import type { AppContext } from '../context';
import type { Db } from '../db/database';
import { HearthError } from '../errors/catalogue';
import { DONE_DAYS_KEPT, type ReminderPractice } from './practices';
import {
  createRemindersRepository,
  type RemindersRepository,
  type ReminderScheduleRow,
} from './reminders.repository';

export interface ReminderInput {
  practice: ReminderPractice;
  time: string;
  enabled: boolean;
}

export interface ReminderSettingsInput {
  timeZone: string;
  quietHours: QuietHours | null;
  reminders: ReminderInput[];
}

export interface ReminderSettingsView {
  /** null until reminders have been saved once. */
  timeZone: string | null;
  quietHours: QuietHours | null;
  reminders: Array<ReminderInput & { nextDueAt: string | null }>;
}

// Before any settings exist, "today" is judged by the earliest calendar on Earth (UTC+14), so a
// person anywhere can mark their own today as done.
const EARLIEST_ZONE = 'Etc/GMT-14';

export function quietHoursOf(row: Pick<ReminderScheduleRow, 'quietStart' | 'quietEnd'>): QuietHours | null {
  return row.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null;
}

function settingsView(rows: ReminderScheduleRow[]): ReminderSettingsView {
  const first = rows[0];
  return {
    timeZone: first?.timeZone ?? null,
    quietHours: first ? quietHoursOf(first) : null,
    reminders: rows.map((row) => ({
      practice: row.practice as ReminderPractice,
      time: row.time,
      enabled: row.enabled,
      nextDueAt: row.nextDueAt?.toISOString() ?? null,
    })),
  };
}

async function doneDatesOf(repo: RemindersRepository, userId: string, today: string) {
  const rows = await repo.doneSince([userId], addDays(today, -DONE_DAYS_KEPT));
  return (practice: string) => rows.filter((row) => row.practice === practice).map((row) => row.localDate);
}

export function createRemindersService(ctx: AppContext) {
  const db = ctx.database.db;
  const inTransaction = <T>(work: (repo: RemindersRepository) => Promise<T>) =>
    db.transaction((tx) => work(createRemindersRepository(tx as unknown as Db)));

  return {
    async settings(userId: string): Promise<ReminderSettingsView> {
      return settingsView(await createRemindersRepository(db).schedulesOf(userId));
    },

    /** Replaces the settings and works out when each reminder is next due. */
    async replaceSettings(userId: string, input: ReminderSettingsInput): Promise<ReminderSettingsView> {
      if (!isTimeZone(input.timeZone)) throw new HearthError('HEARTH_BAD_TIME_ZONE');
      const practices = input.reminders.map((reminder) => reminder.practice);
      if (new Set(practices).size !== practices.length) {
        throw new HearthError('HEARTH_VALIDATION', {
          message: 'Please check what you sent (reminders: each practice at most once).',
        });
      }
      return inTransaction(async (repo) => {
        const now = ctx.clock.now();
        const previous = await repo.schedulesOf(userId);
        const doneFor = await doneDatesOf(repo, userId, localDate(now, input.timeZone));
        const rows: ReminderScheduleRow[] = input.reminders.map((reminder) => ({
          userId,
          practice: reminder.practice,
          time: reminder.time,
          timeZone: input.timeZone,
          quietStart: input.quietHours?.start ?? null,
          quietEnd: input.quietHours?.end ?? null,
          enabled: reminder.enabled,
          nextDueAt: reminder.enabled
            ? nextReminderAt({
                time: reminder.time,
                timeZone: input.timeZone,
                quietHours: input.quietHours,
                after: now,
                doneDates: doneFor(reminder.practice),
              })
            : null,
          lastSentAt: previous.find((row) => row.practice === reminder.practice)?.lastSentAt ?? null,
        }));
        await repo.replaceSchedules(userId, rows);
        return settingsView(await repo.schedulesOf(userId));
      });
    },

    /**
     * Records that a practice was done on a local date, so that day's reminder is not sent.
     * Only today and the two days before are accepted: older days cannot change any reminder.
     */
    async markDone(userId: string, practice: ReminderPractice, date: string): Promise<void> {
      await inTransaction(async (repo) => {
        const now = ctx.clock.now();
        const schedule = await repo.lockSchedule(userId, practice);
        const zone = schedule?.timeZone ?? (await repo.schedulesOf(userId))[0]?.timeZone ?? EARLIEST_ZONE;
        const today = localDate(now, zone);
        if (!notInFuture(date, today)) throw new HearthError('HEARTH_DATE_IN_FUTURE');
        if (date < addDays(today, -DONE_DAYS_KEPT)) {
          throw new HearthError('HEARTH_VALIDATION', {
            message:
              'Please check what you sent (date: only today and the two days before count for reminders).',
          });
        }
        await repo.markDone(userId, practice, date);
        if (!schedule?.enabled) return;
        const doneFor = await doneDatesOf(repo, userId, today);
        const nextDueAt = nextReminderAt({
          time: schedule.time,
          timeZone: schedule.timeZone,
          quietHours: quietHoursOf(schedule),
          after: now,
          doneDates: doneFor(practice),
        });
        await repo.setNextDue(userId, practice, { nextDueAt });
      });
    },
  };
}

export type RemindersService = ReturnType<typeof createRemindersService>;
