/**
 * Progress toward the daily goal of six non-sexual touches (PRODUCT.md, Daily practices).
 */
import type { LocalDate } from './local-date';

export const dailyTouchGoal = 6;

export interface TouchProgress {
  count: number;
  goal: typeof dailyTouchGoal;
  /** True once the goal is reached; more touches are still welcome and still counted. */
  done: boolean;
}

/** Touches logged on one local date against the goal, for the touch screen and Today. */
export function touchProgress(touches: readonly { date: LocalDate }[], date: LocalDate): TouchProgress {
  const count = touches.filter((touch) => touch.date === date).length;
  return { count, goal: dailyTouchGoal, done: count >= dailyTouchGoal };
}
