/** The monthly check-up: due one calendar month after the last one (31 January → 28 or 29 February). */
import { daysInMonth, formatLocalDate, isLocalDate, type LocalDate } from '../local-date';

export type RetakeStatus =
  { state: 'never-taken' } | { state: 'not-yet'; dueOn: LocalDate } | { state: 'due'; dueOn: LocalDate };

/** The same day `months` calendar months later, or the month's last day when it is shorter. */
export function addCalendarMonths(date: LocalDate, months: number): LocalDate {
  if (!isLocalDate(date))
    throw new RangeError(`date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatLocalDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whether a new check-up is due, from the dates of this person's check-ups. */
export function retakeStatus(checkupDates: readonly LocalDate[], today: LocalDate): RetakeStatus {
  const last = [...checkupDates].sort().at(-1);
  if (last === undefined) return { state: 'never-taken' };
  const dueOn = addCalendarMonths(last, 1);
  return today >= dueOn ? { state: 'due', dueOn } : { state: 'not-yet', dueOn };
}
