// "Today" as this person's own calendar shows it: every daily record is keyed by this date.
import { localDate, localDater, type LocalDate, type LocalDater } from '@hearth/core';

let zoneSeen: { zone: string; at: number } | null = null;

/**
 * The device's IANA time zone (the default for reminders, and the zone of "today"). Asked of Intl
 * at most once a minute: it is read for every record, and a traveller's phone changes it rarely.
 */
export function deviceTimeZone(): string {
  const now = Date.now();
  if (zoneSeen && now - zoneSeen.at < 60_000) return zoneSeen.zone;
  let zone = 'UTC';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // Keep UTC.
  }
  zoneSeen = { zone, at: now };
  return zone;
}

export function todayLocal(now: Date = new Date(), timeZone: string = deviceTimeZone()): LocalDate {
  return localDate(now, timeZone);
}

const daters = new Map<string, LocalDater>();

/** The local date of an ISO instant written by someone (called for every record on Today: kept fast). */
export function localDateOf(iso: string, timeZone: string = deviceTimeZone()): LocalDate | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  let dater = daters.get(timeZone);
  if (!dater) {
    dater = localDater(timeZone);
    daters.set(timeZone, dater);
  }
  return dater(ms);
}
