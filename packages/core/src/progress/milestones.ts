/**
 * Two milestones, told plainly and never as a deadline: a couple reaches them whenever they do.
 * They are counted in whole weeks from the plan's first Monday, so a good week is never lost to a
 * missed one in between.
 */
import { startOfIsoWeek } from '../iso-week';
import type { LocalDate } from '../local-date';
import { dailyTouchGoal } from '../touch-progress';

export type MilestoneId = 'emotional-foundation' | 'touch-habit';

export interface MilestoneRule {
  id: MilestoneId;
  title: string;
  description: string;
  /** When many couples get there, in weeks (for a friendly "usually within …"). */
  usuallyWithinWeeks: readonly [number, number];
  /** How many qualifying weeks it takes. */
  weeksNeeded: number;
  /** How many qualifying days make a week count. */
  daysPerWeek: number;
}

export const milestoneRules: readonly MilestoneRule[] = [
  {
    id: 'emotional-foundation',
    title: 'Two connected weeks',
    description: 'Two weeks in which you did something together on at least four days.',
    usuallyWithinWeeks: [2, 4],
    weeksNeeded: 2,
    daysPerWeek: 4,
  },
  {
    id: 'touch-habit',
    title: 'Touch is a habit',
    description: `Four weeks in which you shared ${dailyTouchGoal} touches on at least three days.`,
    usuallyWithinWeeks: [4, 8],
    weeksNeeded: 4,
    daysPerWeek: 3,
  },
];

export interface Milestone extends MilestoneRule {
  /** The day it was reached, or null while it is still ahead. */
  reachedOn: LocalDate | null;
  /** Qualifying weeks so far, never more than needed. */
  weeksDone: number;
}

export interface MilestoneInput {
  /** The plan's first Monday: weeks before it do not count. */
  startWeek: LocalDate;
  today: LocalDate;
  /** Days the two of you practised something together (see practiceDates in the web app). */
  practiceDates: readonly { date: LocalDate }[];
  touches: readonly { date: LocalDate }[];
}

/** The dates a milestone counts as qualifying days, for each day at most once. */
function qualifyingDays(rule: MilestoneRule, input: MilestoneInput): LocalDate[] {
  if (rule.id === 'emotional-foundation') return [...new Set(input.practiceDates.map((event) => event.date))];
  const perDay = new Map<LocalDate, number>();
  for (const touch of input.touches) perDay.set(touch.date, (perDay.get(touch.date) ?? 0) + 1);
  return [...perDay].filter(([, count]) => count >= dailyTouchGoal).map(([date]) => date);
}

function reach(rule: MilestoneRule, input: MilestoneInput): Milestone {
  const days = qualifyingDays(rule, input)
    .filter((date) => date >= input.startWeek && date <= input.today)
    .sort();
  const perWeek = new Map<LocalDate, number>();
  let weeksDone = 0;
  for (const date of days) {
    const week = startOfIsoWeek(date);
    const count = (perWeek.get(week) ?? 0) + 1;
    perWeek.set(week, count);
    if (count !== rule.daysPerWeek) continue;
    weeksDone++;
    if (weeksDone === rule.weeksNeeded) return { ...rule, reachedOn: date, weeksDone };
  }
  return { ...rule, reachedOn: null, weeksDone };
}

/** Both milestones as they stand today. */
export function milestones(input: MilestoneInput): Milestone[] {
  if (input.startWeek !== startOfIsoWeek(input.startWeek))
    throw new RangeError(`startWeek must be a Monday, got ${input.startWeek}`);
  return milestoneRules.map((rule) => reach(rule, input));
}
