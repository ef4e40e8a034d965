/** The week the two of you can look at together: a few plain numbers, no score to fail. */
import { isoDayOfWeek, addDays, type LocalDate } from '../local-date';
import { daysConnectedThisWeek, type SharedMoment } from '../kind-streak';
import { dailyTouchGoal } from '../touch-progress';
import type { CheckinEntry, PulseEntry } from './series';
import { touchesPerDay } from './touches-per-day';

export interface WeeklySummary {
  weekStart: LocalDate;
  daysConnected: number;
  touches: number;
  /** Days the goal of six touches was reached. */
  touchGoalDays: number;
  /** Per partner: mornings checked in and the average mood (1–5, one decimal), or null without any. */
  checkins: { partner: string; days: number; averageMood: number | null }[];
  /** Per partner: the week's closeness picture (1–7), when they took the pulse. */
  closeness: { partner: string; value: number }[];
}

export interface WeeklySummaryInput {
  weekStart: LocalDate;
  practiceDates: readonly SharedMoment[];
  touches: readonly { date: LocalDate }[];
  checkins: readonly CheckinEntry[];
  pulses: readonly PulseEntry[];
}

function inWeek(date: LocalDate, weekStart: LocalDate): boolean {
  return date >= weekStart && date <= addDays(weekStart, 6);
}

export function weeklySummary(input: WeeklySummaryInput): WeeklySummary {
  const { weekStart } = input;
  if (isoDayOfWeek(weekStart) !== 1) throw new RangeError(`weekStart must be a Monday, got ${weekStart}`);
  const touchDays = touchesPerDay(input.touches, weekStart, addDays(weekStart, 6));
  const partners = [...new Set(input.checkins.map((entry) => entry.partner))].sort();
  const checkins = partners.map((partner) => {
    // One mood per morning: the last one written that day counts.
    const byDay = new Map<LocalDate, number>();
    for (const entry of input.checkins)
      if (entry.partner === partner && inWeek(entry.date, weekStart)) byDay.set(entry.date, entry.mood);
    const moods = [...byDay.values()];
    const average = moods.length > 0 ? moods.reduce((sum, mood) => sum + mood, 0) / moods.length : null;
    return {
      partner,
      days: moods.length,
      averageMood: average === null ? null : Math.round(average * 10) / 10,
    };
  });
  const closeness = new Map<string, { date: LocalDate; value: number }>();
  for (const pulse of input.pulses) {
    if (!inWeek(pulse.date, weekStart)) continue;
    const seen = closeness.get(pulse.partner);
    if (!seen || pulse.date >= seen.date)
      closeness.set(pulse.partner, { date: pulse.date, value: pulse.closeness });
  }
  return {
    weekStart,
    daysConnected: daysConnectedThisWeek(input.practiceDates, weekStart).count,
    touches: touchDays.reduce((sum, day) => sum + day.count, 0),
    touchGoalDays: touchDays.filter((day) => day.count >= dailyTouchGoal).length,
    checkins,
    closeness: [...closeness]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([partner, entry]) => ({ partner, value: entry.value })),
  };
}
