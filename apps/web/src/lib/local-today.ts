// "Today" as this person's own calendar shows it: every daily record is keyed by this date.
import { localDate, type LocalDate } from '@hearth/core';

/** The device's IANA time zone (the default for reminders, and the zone of "today"). */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function todayLocal(now: Date = new Date(), timeZone: string = deviceTimeZone()): LocalDate {
  return localDate(now, timeZone);
}

/** The local date of an ISO instant written by someone. */
export function localDateOf(iso: string, timeZone: string = deviceTimeZone()): LocalDate | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return localDate(d, timeZone);
}
