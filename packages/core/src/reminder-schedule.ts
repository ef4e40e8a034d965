/**
 * When the next reminder for one practice is due. The server's scheduler advances each
 * reminder with this after sending it, and Today uses the same rule to show what is due.
 */
import { addDays, type LocalDate } from './local-date';
import { quietHoursEndAfter, type QuietHours } from './quiet-hours';
import type { TimeOfDay } from './time-of-day';
import { localDate, zonedTimeToInstant, type TimeZone } from './zoned-time';

export interface ReminderScheduleInput {
  /** Wall-clock time of the reminder, 'HH:MM', in `timeZone`. */
  time: TimeOfDay;
  timeZone: TimeZone;
  quietHours?: QuietHours | null;
  /** The result is strictly later than this instant (usually now, or the reminder just sent). */
  after: Date;
  /** Local dates on which the practice is already done: no reminder for those days. */
  doneDates?: Iterable<LocalDate>;
}

/**
 * The next instant strictly after `after` at which this reminder should go out.
 *
 * - Each local day has one reminder at `time` on the wall clock, so a 08:00 reminder stays at
 *   08:00 local across DST changes; a time the clocks skip moves forward with them (02:30 → 03:30)
 *   and a repeated time fires on its first occurrence only.
 * - Days listed in `doneDates` are skipped: a partner who already did it is not nudged.
 * - Inside quiet hours the reminder is delayed to the end of the quiet window rather than dropped:
 *   the partner asked for it, just not then. It still belongs to the day it was set for, so
 *   `doneDates` is checked against that day, not the day it ends up being delivered.
 */
export function nextReminderAt(input: ReminderScheduleInput): Date {
  const { time, timeZone, quietHours = null, after, doneDates = [] } = input;
  const done = new Set(doneDates);
  // Start a day early: near midnight the previous local day's time can still lie ahead of us.
  let date = addDays(localDate(after, timeZone), -1);
  // Each pass either returns or skips a done day or one of the few days before `after`.
  for (let pass = 0; pass <= done.size + 3; pass += 1, date = addDays(date, 1)) {
    if (done.has(date)) continue;
    const planned = zonedTimeToInstant(date, time, timeZone);
    if (planned.getTime() <= after.getTime()) continue;
    return quietHoursEndAfter(planned, timeZone, quietHours);
  }
  throw new Error('no reminder day found'); // Unreachable: only finitely many days can be done.
}
