/**
 * The kind streak: how many days this week the two of us did something together. It only ever
 * counts days that happened; there is no run of consecutive days, so a missed day breaks nothing.
 */
import { isoDayOfWeek, type LocalDate } from './local-date';
import { weekDates } from './iso-week';

export interface DaysConnected {
  /** The days of the week we were together, Monday first, each once. */
  days: LocalDate[];
  count: number;
}

/**
 * Something one of us did on a day, or one thing we did together (a hug logged for both, device-free
 * time, a guided exercise). `by` is who did it when it was one person.
 */
export type SharedMoment = { date: LocalDate } & ({ together: true } | { by: string });

/**
 * What "together" means on screen: a day counts when we both did something that day, or did one
 * thing together. One partner's check-in alone does not make a day together.
 */
export function togetherDays(moments: readonly SharedMoment[]): Set<LocalDate> {
  const people = new Map<LocalDate, Set<string>>();
  const days = new Set<LocalDate>();
  for (const moment of moments) {
    if ('together' in moment) {
      days.add(moment.date);
      continue;
    }
    const who = people.get(moment.date) ?? new Set<string>();
    who.add(moment.by);
    people.set(moment.date, who);
    if (who.size >= 2) days.add(moment.date);
  }
  return days;
}

/**
 * Days in the ISO week starting `weekStart` (a Monday) we were together (see togetherDays).
 * Moments outside the week are ignored; a gap between days changes nothing on either side.
 */
export function daysConnectedThisWeek(moments: readonly SharedMoment[], weekStart: LocalDate): DaysConnected {
  if (isoDayOfWeek(weekStart) !== 1) throw new RangeError(`weekStart must be a Monday, got ${weekStart}`);
  const practised = togetherDays(moments);
  const days = weekDates(weekStart).filter((day) => practised.has(day));
  return { days, count: days.length };
}
