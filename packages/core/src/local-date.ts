/**
 * Calendar dates as the writer saw them on their own wall calendar ('YYYY-MM-DD'), with no time
 * zone attached. Practices are counted per local day, so all day arithmetic works on these strings
 * through a plain day number and never through a Date in some implicit zone.
 */

/** A calendar date 'YYYY-MM-DD' (year 0001–9999), as a partner's own calendar shows it. */
export type LocalDate = string;

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year, so that '2026-02-29' is refused while '2028-02-29' is accepted. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseLocalDate(value: string): DateParts | null {
  const match = localDatePattern.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Strict check for payloads and URLs: exactly 'YYYY-MM-DD' and a day that exists on the calendar. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && parseLocalDate(value) !== null;
}

function requireLocalDate(value: string, name = 'date'): DateParts {
  const parts = parseLocalDate(value);
  if (!parts)
    throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return parts;
}

/** Milliseconds at UTC midnight of a calendar date; setUTCFullYear keeps years below 100 literal. */
export function utcMidnightMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** Days since 1970-01-01 for a local date: the one number all day arithmetic goes through. */
export function dayNumber(localDate: LocalDate): number {
  const { year, month, day } = requireLocalDate(localDate);
  return Math.round(utcMidnightMs(year, month, day) / msPerDay);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats calendar fields as 'YYYY-MM-DD' (shared with the time-zone code). */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The local date for a day number, the inverse of `dayNumber`. */
export function localDateFromDayNumber(days: number): LocalDate {
  const date = new Date(days * msPerDay);
  const result = formatLocalDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  requireLocalDate(result, 'result');
  return result;
}

/** The date `n` calendar days later (or earlier when negative); months and leap years are handled. */
export function addDays(localDate: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`days must be an integer, got ${n}`);
  return localDateFromDayNumber(dayNumber(localDate) + n);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier), whatever the clocks did. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO day of the week, 1 = Monday … 7 = Sunday, because Hearth weeks start on Monday. */
export function isoDayOfWeek(localDate: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO day 4).
  return ((((dayNumber(localDate) + 3) % 7) + 7) % 7) + 1;
}
