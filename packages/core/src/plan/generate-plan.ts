/**
 * The week-by-week walk that turns what is stored into a plan. Past weeks are replayed as they
 * happened: a week that was mostly not done is repeated instead of moving on, a paused week waits,
 * and each week uses the check-ups shared by its end (so a new check-up reshapes the current week
 * and the ones after it, never the weeks already lived). Upcoming weeks are a preview that assumes
 * each week goes well.
 */
import { startOfIsoWeek } from '../iso-week';
import { addDays, isoDayOfWeek, type LocalDate } from '../local-date';
import { layerSchedule, planContext, planSteps, summariesAsOf } from './plan-context';
import { whyThisWeek } from './plan-wording';
import { selectPractices } from './practice-selection';
import { noSwaps, type WeekSwaps } from './week-builder';
import type {
  LayerSchedule,
  Plan,
  PlanContext,
  PlanInput,
  PlanPace,
  PlanPractice,
  PlanTheme,
  PlanWeek,
  WeekKind,
} from './plan-types';

/** A plan week with what was used to build it, for swap options. */
export interface WalkedWeek {
  week: PlanWeek;
  context: PlanContext;
  schedule: LayerSchedule;
}

// No plan runs this long; the cap only guards against a start date far in the past.
const maxWeeks = 520;

function themeFor(step: number, context: PlanContext, schedule: LayerSchedule): PlanTheme {
  if (schedule.intimacyFrom !== null && step >= schedule.intimacyFrom)
    return step === schedule.intimacyFrom ? 'intimacy-begins' : 'intimacy';
  if (step >= schedule.affectionFrom)
    return step === schedule.affectionFrom ? 'affection-begins' : 'affection';
  if (context.highConflict && step <= 2) return 'repair';
  return context.basis === 'default' || context.focus.length === 0 ? 'gentle-start' : 'emotional';
}

function paceAt(input: PlanInput, weekStart: LocalDate): PlanPace {
  let pace: PlanPace = 'usual';
  for (const adjustment of input.adjustments)
    if (adjustment.kind === 'pace' && adjustment.weekStart <= weekStart) pace = adjustment.pace;
  return pace;
}

export function swapsAt(input: PlanInput, weekStart: LocalDate): WeekSwaps {
  const swaps = input.adjustments.filter(
    (adjustment) => adjustment.kind === 'swap' && adjustment.weekStart <= weekStart,
  );
  if (swaps.length === 0) return noSwaps;
  const removed = new Set<string>();
  const replacements = new Map<string, string>();
  for (const swap of swaps) {
    if (swap.kind !== 'swap') continue;
    removed.add(swap.exerciseId);
    if (swap.replacementId) replacements.set(swap.exerciseId, swap.replacementId);
  }
  return { removed, replacements };
}

function doneThisWeek(input: PlanInput, exerciseId: string, weekStart: LocalDate): boolean {
  const weekEnd = addDays(weekStart, 6);
  return input.completed.some(
    (entry) => entry.exerciseId === exerciseId && entry.date >= weekStart && entry.date <= weekEnd,
  );
}

/** Mostly done: at least half of the week's practices happened at least once. */
function mostlyDone(progress: { done: number; of: number }): boolean {
  return progress.of === 0 || progress.done * 2 >= progress.of;
}

/** Walks the plan week by week; the heart of generatePlan and swapOptions. */
export function walkPlan(input: PlanInput): WalkedWeek[] {
  if (isoDayOfWeek(input.startWeek) !== 1)
    throw new RangeError(`startWeek must be a Monday, got ${input.startWeek}`);
  const currentMonday = startOfIsoWeek(input.today);
  const paused = new Set(
    input.adjustments
      .filter((adjustment) => adjustment.kind === 'pause-week')
      .map((adjustment) => adjustment.weekStart),
  );
  const walked: WalkedWeek[] = [];
  let step = 1;
  let weeksOnStep = 0;
  let nextKind: WeekKind = 'new';
  let previousSummaries: string | null = null;

  for (let index = 0; step <= planSteps && index < maxWeeks; index++) {
    const weekStart = addDays(input.startWeek, 7 * index);
    const timing = weekStart < currentMonday ? 'past' : weekStart === currentMonday ? 'current' : 'upcoming';
    const shared = summariesAsOf(input.sharedCheckups, addDays(weekStart, 6));
    const context = planContext(input.content.instrument, shared, input.lifeStages, input.intimacyPaused);
    const schedule = layerSchedule(context);
    const summariesKey = JSON.stringify(shared.map((entry) => [entry.partner, entry.takenOn]));
    const newCheckup = previousSummaries !== null && summariesKey !== previousSummaries;
    previousSummaries = summariesKey;
    const base = { number: index + 1, weekStart, timing, basis: context.basis } as const;

    if (paused.has(weekStart)) {
      const why = whyThisWeek({ theme: 'paused', kind: 'paused', focus: undefined, context, newCheckup });
      walked.push({
        week: { ...base, kind: 'paused', step: null, theme: 'paused', why, practices: [], progress: null },
        context,
        schedule,
      });
      continue;
    }

    const practices: PlanPractice[] = selectPractices(
      input.content,
      context,
      schedule,
      step,
      swapsAt(input, weekStart),
    ).map((practice) => ({
      ...practice,
      done: timing !== 'upcoming' && doneThisWeek(input, practice.exerciseId, weekStart),
    }));
    const progress =
      timing === 'upcoming' ? null : { done: practices.filter((p) => p.done).length, of: practices.length };
    const theme = themeFor(step, context, schedule);
    const focus = practices.find((practice) => practice.dimension)?.dimension;
    const kind = nextKind;
    walked.push({
      week: {
        ...base,
        kind,
        step,
        theme,
        why: whyThisWeek({ theme, kind, focus, context, newCheckup }),
        practices,
        progress,
      },
      context,
      schedule,
    });

    // Only a week that is over can be judged; the current and upcoming weeks are assumed to go well.
    const wentWell = timing !== 'past' || progress === null || mostlyDone(progress);
    if (!wentWell) {
      nextKind = 'repeat';
      continue;
    }
    weeksOnStep++;
    const weeksPerStep = paceAt(input, weekStart) === 'slower' ? 2 : 1;
    if (weeksOnStep >= weeksPerStep) {
      step++;
      weeksOnStep = 0;
      nextKind = 'new';
    } else nextKind = 'slower';
  }
  return walked;
}

/** The couple's plan as it stands today. */
export function generatePlan(input: PlanInput): Plan {
  if (input.setAsideForSafety) return { status: 'set-aside-for-safety', weeks: [], currentWeek: null };
  const weeks = walkPlan(input).map((entry) => entry.week);
  const currentWeek = weeks.find((week) => week.timing === 'current') ?? null;
  const status =
    input.startWeek > startOfIsoWeek(input.today) ? 'not-started' : currentWeek ? 'active' : 'complete';
  return { status, weeks, currentWeek };
}
