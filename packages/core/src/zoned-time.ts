/**
 * Converting between instants and a partner's wall clock in an IANA time zone, using the
 * platform's Intl time-zone data (Node and browsers) so no tz database ships with the app.
 * Reminders are set in wall-clock time ("08:00 where I live"), so they must follow DST changes.
 */
import { dayNumber, formatLocalDate, utcMidnightMs, type LocalDate } from './local-date';
import { minutesOfDay, type TimeOfDay } from './time-of-day';

/** An IANA time-zone name such as 'Europe/Berlin' or 'UTC'. */
export type TimeZone = string;

/** What a wall clock in some zone shows at an instant. */
export interface WallClock {
  date: LocalDate;
  /** Hours and minutes, 'HH:MM'. */
  time: TimeOfDay;
  /** Minutes since local midnight including seconds as a fraction, for window checks. */
  minutes: number;
}

const msPerMinute = 60_000;
const msPerHour = 3_600_000;
const msPerDay = 86_400_000;
// Names only: numeric offsets like '+01:00' are accepted by some engines and not others.
const timeZoneNamePattern = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

// Creating a formatter is slow compared with using one; the scheduler converts many times per tick.
const formatters = new Map<TimeZone, Intl.DateTimeFormat>();

function formatterFor(timeZone: TimeZone): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether a string names a time zone this platform knows; the server refuses anything else. */
export function isTimeZone(value: unknown): value is TimeZone {
  if (typeof value !== 'string' || value.length > 64 || !timeZoneNamePattern.test(value)) return false;
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

function requireInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('instant must be a valid Date');
  return ms;
}

interface ClockFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function clockFields(ms: number, timeZone: TimeZone): ClockFields {
  const fields: ClockFields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type in fields) fields[part.type as keyof ClockFields] = Number(part.value);
  }
  return fields;
}

/** The wall clock's reading expressed as if it were UTC, in whole seconds. */
function wallClockMs(ms: number, timeZone: TimeZone): number {
  const f = clockFields(ms, timeZone);
  return utcMidnightMs(f.year, f.month, f.day) + ((f.hour * 60 + f.minute) * 60 + f.second) * 1000;
}

/** How far the zone's wall clock is ahead of UTC at an instant (negative west of Greenwich). */
export function zoneOffsetMs(instant: Date, timeZone: TimeZone): number {
  const ms = requireInstant(instant);
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wallClockMs(wholeSecond, timeZone) - wholeSecond;
}

/** What the wall clock shows at an instant: the date the practice counts for and the time. */
export function wallClock(instant: Date, timeZone: TimeZone): WallClock {
  const f = clockFields(requireInstant(instant), timeZone);
  const hh = String(f.hour).padStart(2, '0');
  const mm = String(f.minute).padStart(2, '0');
  return {
    date: formatLocalDate(f.year, f.month, f.day),
    time: `${hh}:${mm}`,
    minutes: f.hour * 60 + f.minute + f.second / 60,
  };
}

/** The calendar date a partner sees at an instant: every daily record is keyed by this. */
export function localDate(instant: Date, timeZone: TimeZone): LocalDate {
  return wallClock(instant, timeZone).date;
}

/**
 * Every instant at which the wall clock shows `time` on `date`, earliest first: one normally,
 * two when clocks fall back over it, none when clocks spring forward over it. Assumes at most one
 * offset change within two days of the date, which holds for every zone in use today.
 */
export function zonedTimeOccurrences(date: LocalDate, time: TimeOfDay, timeZone: TimeZone): Date[] {
  const wall = dateTimeAsUtcMs(date, time);
  const offsets = new Set([
    zoneOffsetMs(new Date(wall - 48 * msPerHour), timeZone),
    zoneOffsetMs(new Date(wall + 48 * msPerHour), timeZone),
  ]);
  const instants: number[] = [];
  for (const offset of offsets) {
    const candidate = wall - offset;
    if (zoneOffsetMs(new Date(candidate), timeZone) === offset) instants.push(candidate);
  }
  return instants.sort((a, b) => a - b).map((ms) => new Date(ms));
}

/** A local date and time read as if it were UTC: the "wall" value the offsets are subtracted from. */
function dateTimeAsUtcMs(date: LocalDate, time: TimeOfDay): number {
  return dayNumber(date) * msPerDay + minutesOfDay(time) * msPerMinute;
}

/**
 * The instant a wall-clock time happens on a date in a zone. A time skipped by a spring-forward
 * change moves forward by the size of the jump (02:30 → 03:30 in Berlin); a time repeated by a
 * fall-back change takes its first occurrence, so a reminder fires once and as early as intended.
 */
export function zonedTimeToInstant(date: LocalDate, time: TimeOfDay, timeZone: TimeZone): Date {
  const occurrences = zonedTimeOccurrences(date, time, timeZone);
  const first = occurrences[0];
  if (first) return first;
  // Inside a gap: read the time with the offset from before the jump, which lands just after it.
  const wall = dateTimeAsUtcMs(date, time);
  const offsetBefore = zoneOffsetMs(new Date(wall - 48 * msPerHour), timeZone);
  return new Date(wall - offsetBefore);
}
