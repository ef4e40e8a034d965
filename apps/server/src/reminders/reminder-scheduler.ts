import {
  addDays,
  localDate,
  nextReminderAt,
  quietHoursEndAfter,
  zonedTimeToInstant,
  type QuietHours,
  toStoredMinute,
} from '@hearth/core';
import type { AppContext } from '../context';
import type { Db } from '../db/database';
import { DONE_DAYS_KEPT } from './practices';
import { createPushSubscriptionsRepository, type PushSubscriptionRow } from './push-subscriptions.repository';
import { REMINDER_TTL_SECONDS, sendReminderPush } from './push-sender';
import { quietHoursOf } from './reminders.service';
import { createRemindersRepository, type ReminderScheduleRow } from './reminders.repository';
import { loadOrCreateVapidKeys, type VapidKeys } from './vapid-keys';

const BATCH_SIZE = 50;
const MAX_ROWS_PER_TICK = 1000;
const PRUNE_EVERY_MS = 3_600_000;
/** A reminder the server could not send in time (it was down) is dropped rather than sent late. */
const STALE_AFTER_MS = REMINDER_TTL_SECONDS * 1000;

export interface TickReport {
  /** Reminders this process claimed and moved on. */
  claimed: number;
  /** Pushes the push services accepted. */
  delivered: number;
  /** Subscriptions deleted because their push service said they are gone (404/410). */
  removed: number;
}

export interface ReminderScheduler {
  /** One pass over every due reminder; safe to run in several processes at once. */
  tick(): Promise<TickReport>;
  /** Ticks every `everyMs`; a failed tick is reported to `onError` and the next one tries again. */
  start(everyMs: number, onError?: (error: unknown) => void): void;
  /** Stops the timer and waits for a running tick, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * The local date a due reminder belongs to. Quiet hours can push a late-evening reminder past
 * midnight; it still belongs to the day it was set for, and that is the day "done" is checked on.
 */
function reminderDay(row: ReminderScheduleRow & { nextDueAt: Date }, quietHours: QuietHours | null): string {
  const deliveredOn = localDate(row.nextDueAt, row.timeZone);
  for (const day of [deliveredOn, addDays(deliveredOn, -1)]) {
    const planned = quietHoursEndAfter(
      zonedTimeToInstant(day, row.time, row.timeZone),
      row.timeZone,
      quietHours,
    );
    if (planned.getTime() === row.nextDueAt.getTime()) return day;
  }
  return deliveredOn;
}

/** `batchSize` is for tests: small batches make concurrent processes interleave. */
export function createReminderScheduler(
  ctx: AppContext,
  options: { batchSize?: number } = {},
): ReminderScheduler {
  const db = ctx.database.db;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let vapid: Promise<VapidKeys> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TickReport> | undefined;
  let lastPruneAt = 0;

  /**
   * Claims up to one batch of due reminders and moves each to its next time, all in one
   * transaction with the rows locked (FOR UPDATE SKIP LOCKED): once it commits no other process
   * can claim them. Returns the subscriptions to notify; sending happens after the commit so no
   * lock (and on PGlite, no database access) waits on a slow push service.
   */
  async function claimBatch(now: Date): Promise<{ claimed: number; targets: PushSubscriptionRow[] }> {
    return db.transaction(async (rawTx) => {
      const tx = rawTx as unknown as Db;
      const reminders = createRemindersRepository(tx);
      const due = await reminders.claimDue(now, batchSize);
      if (due.length === 0) return { claimed: 0, targets: [] };
      const userIds = [...new Set(due.map((row) => row.userId))];
      const done = await reminders.doneSince(userIds, addDays(localDate(now, 'UTC'), -DONE_DAYS_KEPT - 1));
      const remind = new Set<string>();
      for (const row of due) {
        if (!row.nextDueAt) continue;
        const quietHours = quietHoursOf(row);
        const doneDates = done
          .filter((d) => d.userId === row.userId && d.practice === row.practice)
          .map((d) => d.localDate);
        let send: boolean;
        let nextDueAt: Date | null;
        try {
          const fresh = now.getTime() - row.nextDueAt.getTime() <= STALE_AFTER_MS;
          send = fresh && !doneDates.includes(reminderDay({ ...row, nextDueAt: row.nextDueAt }, quietHours));
          nextDueAt = nextReminderAt({
            time: row.time,
            timeZone: row.timeZone,
            quietHours,
            after: now,
            doneDates,
          });
        } catch {
          // A row the time rules cannot read (say, a zone this platform no longer knows) must not
          // block everyone else's reminders: it is parked until its owner saves settings again.
          send = false;
          nextDueAt = null;
        }
        await reminders.setNextDue(
          row.userId,
          row.practice,
          send ? { nextDueAt, lastSentAt: toStoredMinute(now) } : { nextDueAt },
        );
        if (send) remind.add(row.userId);
      }
      // One push per person per batch: two practices due in the same minute need one nudge.
      const targets = await createPushSubscriptionsRepository(tx).ofUsers([...remind]);
      return { claimed: due.length, targets };
    });
  }

  async function runTick(): Promise<TickReport> {
    const report: TickReport = { claimed: 0, delivered: 0, removed: 0 };
    for (let batch = 0; batch * batchSize < MAX_ROWS_PER_TICK; batch += 1) {
      const { claimed, targets } = await claimBatch(ctx.clock.now());
      report.claimed += claimed;
      if (targets.length > 0) {
        vapid ??= loadOrCreateVapidKeys(db).catch((error: unknown) => {
          vapid = undefined;
          throw error;
        });
        const keys = await vapid;
        const outcomes = await Promise.all(
          targets.map((target) => sendReminderPush(target, keys, ctx.config.vapidSubject)),
        );
        const gone = targets.filter((_, index) => outcomes[index] === 'gone').map((target) => target.id);
        await createPushSubscriptionsRepository(db).deleteByIds(gone);
        report.delivered += outcomes.filter((outcome) => outcome === 'delivered').length;
        report.removed += gone.length;
      }
      if (claimed < batchSize) break;
    }
    const now = ctx.clock.now();
    if (now.getTime() - lastPruneAt >= PRUNE_EVERY_MS) {
      lastPruneAt = now.getTime();
      await createRemindersRepository(db).forgetDoneBefore(
        addDays(localDate(now, 'UTC'), -DONE_DAYS_KEPT - 2),
      );
    }
    return report;
  }

  // One tick at a time per scheduler; a call during a tick shares its result.
  const tick = () => {
    running ??= runTick().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    tick,
    start(everyMs, onError = () => undefined) {
      if (timer) return;
      timer = setInterval(() => {
        tick().catch(onError);
      }, everyMs);
      // Reminders never keep a process alive on their own (tests, graceful shutdown).
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
