/**
 * Small checks shared by the web client and the server for what partners enter in practices.
 * Date, time, week and zone checks live next to their types (isLocalDate, isTimeOfDay,
 * isIsoWeek, isTimeZone).
 */
import { isLocalDate, type LocalDate } from './local-date';

/** A check-in mood: a whole number from 1 (heavy) to 5 (bright). */
export type Mood = 1 | 2 | 3 | 4 | 5;

/** Whether a value is a check-in mood: an integer 1–5, nothing in between or outside. */
export function validateMood(value: unknown): value is Mood {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Practices are for days already lived: refuses a date after `today` (the writer's local date). */
export function notInFuture(localDate: LocalDate, today: LocalDate): boolean {
  return isLocalDate(localDate) && isLocalDate(today) && localDate <= today;
}
