/**
 * ISO 8601 weeks ('YYYY-Www', Monday first). The weekly vulnerability share is keyed by week and
 * the kind streak counts the days of one week, so both need the same week boundaries everywhere.
 */
import { addDays, dayNumber, isoDayOfWeek, localDateFromDayNumber, type LocalDate } from './local-date';

/** An ISO week 'YYYY-Www', e.g. '2026-W01'. */
export type IsoWeek = string;

const isoWeekPattern = /^(\d{4})-W(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The Monday that starts the week containing a date: the `weekStart` every weekly view uses. */
export function startOfIsoWeek(localDate: LocalDate): LocalDate {
  return addDays(localDate, 1 - isoDayOfWeek(localDate));
}

/** The Monday of ISO week 1 of a week-year: the week that holds that year's 4 January. */
function mondayOfWeekOne(weekYear: number): LocalDate {
  return startOfIsoWeek(`${pad(weekYear, 4)}-01-04`);
}

/** How many ISO weeks a week-year has (52 or 53), so 'YYYY-W53' is only valid when it exists. */
export function isoWeeksInYear(weekYear: number): number {
  // 28 December always falls in the last week of its year.
  return Number(isoWeek(`${pad(weekYear, 4)}-12-28`).slice(6));
}

/** The ISO week of a date; around New Year a date may belong to the neighbouring week-year. */
export function isoWeek(localDate: LocalDate): IsoWeek {
  // The Thursday of a week decides its week-year.
  const thursday = addDays(localDate, 4 - isoDayOfWeek(localDate));
  const weekYear = Number(thursday.slice(0, 4));
  const week = (dayNumber(thursday) - dayNumber(mondayOfWeekOne(weekYear))) / 7 + 1;
  return `${pad(weekYear, 4)}-W${pad(Math.floor(week), 2)}`;
}

/** Strict check for payloads: 'YYYY-Www' with a week number that exists in that week-year. */
export function isIsoWeek(value: unknown): value is IsoWeek {
  if (typeof value !== 'string') return false;
  const match = isoWeekPattern.exec(value);
  if (!match) return false;
  const weekYear = Number(match[1]);
  const week = Number(match[2]);
  if (weekYear < 1 || weekYear > 9998) return false;
  return week >= 1 && week <= isoWeeksInYear(weekYear);
}

/** The Monday that starts an ISO week, the inverse of `isoWeek` for weekly screens. */
export function mondayOfIsoWeek(week: IsoWeek): LocalDate {
  if (!isIsoWeek(week))
    throw new RangeError(`week must be an ISO week YYYY-Www, got ${JSON.stringify(week)}`);
  const weekYear = Number(week.slice(0, 4));
  const weekNumber = Number(week.slice(6));
  return addDays(mondayOfWeekOne(weekYear), (weekNumber - 1) * 7);
}

/** The seven dates Monday…Sunday of the week that starts on `weekStart`, for drawing a week. */
export function weekDates(weekStart: LocalDate): LocalDate[] {
  const first = dayNumber(weekStart);
  return Array.from({ length: 7 }, (_, index) => localDateFromDayNumber(first + index));
}
