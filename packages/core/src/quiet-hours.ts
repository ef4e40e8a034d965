/**
 * Quiet hours: a daily wall-clock window in which Hearth never sends a reminder. The window is
 * half-open, [start, end): at 22:00 it is quiet, at 07:00 it is not. A window whose start is later
 * than its end runs over midnight (22:00–07:00); a window with start equal to end is empty.
 */
import { addDays } from './local-date';
import { minutesOfDay, type TimeOfDay } from './time-of-day';
import { wallClock, zonedTimeOccurrences, zonedTimeToInstant, type TimeZone } from './zoned-time';

export interface QuietHours {
  start: TimeOfDay;
  end: TimeOfDay;
}

/** Whether a wall-clock minute (fractions allowed) lies in the window; pure arithmetic, no zone. */
export function isQuietMinute(minutes: number, quietHours: QuietHours | null): boolean {
  if (!quietHours) return false;
  const start = minutesOfDay(quietHours.start);
  const end = minutesOfDay(quietHours.end);
  if (start === end) return false;
  if (start < end) return minutes >= start && minutes < end;
  return minutes >= start || minutes < end;
}

/** Whether a partner asked not to be disturbed at this instant, judged by their own wall clock. */
export function isInQuietHours(instant: Date, timeZone: TimeZone, quietHours: QuietHours | null): boolean {
  if (!quietHours) return false;
  return isQuietMinute(wallClock(instant, timeZone).minutes, quietHours);
}

/**
 * When the quiet window around `instant` ends: the first moment after it that the wall clock
 * reads `end`. Returns `instant` itself when it is not quiet, so callers can always use it.
 */
export function quietHoursEndAfter(instant: Date, timeZone: TimeZone, quietHours: QuietHours | null): Date {
  if (!quietHours || !isInQuietHours(instant, timeZone, quietHours)) return instant;
  const today = wallClock(instant, timeZone).date;
  for (const date of [today, addDays(today, 1)]) {
    // Both occurrences matter: in a repeated hour the first one may already be behind us.
    const occurrences = zonedTimeOccurrences(date, quietHours.end, timeZone);
    const candidates =
      occurrences.length > 0 ? occurrences : [zonedTimeToInstant(date, quietHours.end, timeZone)];
    const next = candidates.find((candidate) => candidate.getTime() > instant.getTime());
    if (next) return next;
  }
  throw new Error('quiet hours never end'); // Unreachable: the end recurs every day.
}
