/**
 * Wall-clock times 'HH:MM' (24-hour), as partners pick them for reminders and quiet hours.
 */

/** A time of day 'HH:MM' from 00:00 to 23:59. */
export type TimeOfDay = string;

const timeOfDayPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Strict check for settings: two-digit hours 00–23 and minutes 00–59, nothing else. */
export function isTimeOfDay(value: unknown): value is TimeOfDay {
  return typeof value === 'string' && timeOfDayPattern.test(value);
}

/** Minutes since midnight for 'HH:MM', so times can be compared as numbers. */
export function minutesOfDay(time: TimeOfDay): number {
  const match = timeOfDayPattern.exec(time);
  if (!match) throw new RangeError(`time must be HH:MM between 00:00 and 23:59, got ${JSON.stringify(time)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
