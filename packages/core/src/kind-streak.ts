/**
 * The kind streak: how many days this week the two of us did something together. It only ever
 * counts days that happened; there is no run of consecutive days, so a missed day breaks nothing.
 */
import { isoDayOfWeek, type LocalDate } from './local-date';
import { weekDates } from './iso-week';

export interface DaysConnected {
  /** The days of the week with at least one shared practice, Monday first, each once. */
  days: LocalDate[];
  count: number;
}

/**
 * Days in the ISO week starting `weekStart` (a Monday) with any shared practice. Events outside
 * the week are ignored; a gap between days changes nothing about the days on either side.
 */
export function daysConnectedThisWeek(
  events: readonly { date: LocalDate }[],
  weekStart: LocalDate,
): DaysConnected {
  if (isoDayOfWeek(weekStart) !== 1) throw new RangeError(`weekStart must be a Monday, got ${weekStart}`);
  const practised = new Set(events.map((event) => event.date));
  const days = weekDates(weekStart).filter((day) => practised.has(day));
  return { days, count: days.length };
}
