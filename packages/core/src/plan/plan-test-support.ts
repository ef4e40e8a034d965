// Shared set-up for the plan tests: real content, and couple summaries made by the real scorer.
import { checkup, exercises, type Exercise } from '@hearth/content';
import { keyedAnswers } from '../checkup/answers-for-tests';
import { scoreCheckup, toCoupleSummary, type CoupleSummary } from '../checkup/checkup-scoring';
import { addDays } from '../local-date';
import { generatePlan } from './generate-plan';
import type { Plan, PlanInput, PlanWeek, SharedCheckup } from './plan-types';

export const startWeek = '2026-01-05'; // a Monday

export const exerciseById = new Map<string, Exercise>(exercises.map((exercise) => [exercise.id, exercise]));

/** A summary where each part scores its keyed value (0-4, default 3 = strong). */
export function summaryWith(
  keyed: Record<string, number> = {},
  barriers: Record<string, number> = {},
): CoupleSummary {
  const answers = { ...keyedAnswers(checkup, (dimension) => keyed[dimension] ?? 3), ...barriers };
  return toCoupleSummary(scoreCheckup(checkup, answers));
}

export function shared(partner: string, summary: CoupleSummary, takenOn = startWeek): SharedCheckup {
  return { partner, takenOn, summary };
}

export function planInput(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    content: { instrument: checkup, exercises },
    startWeek,
    today: startWeek,
    lifeStages: [],
    intimacyPaused: false,
    sharedCheckups: [],
    completed: [],
    adjustments: [],
    ...overrides,
  };
}

export function planFor(overrides: Partial<PlanInput> = {}): Plan {
  return generatePlan(planInput(overrides));
}

export function ids(week: PlanWeek | undefined): string[] {
  return week?.practices.map((practice) => practice.exerciseId) ?? [];
}

export function layersOf(week: PlanWeek | undefined): string[] {
  return [...new Set(week?.practices.map((practice) => practice.layer))];
}

/** The first week with a practice of this layer, or undefined. */
export function firstWeekWith(plan: Plan, layer: string): PlanWeek | undefined {
  return plan.weeks.find((week) => week.practices.some((practice) => practice.layer === layer));
}

/** Completions for the first `count` practices of a week, each on the week's Tuesday. */
export function didPractices(week: PlanWeek | undefined, count: number) {
  return ids(week)
    .slice(0, count)
    .map((exerciseId) => ({ exerciseId, date: addDays(week?.weekStart ?? startWeek, 1) }));
}

/** How physical a week is: touch counts 1, the physical relationship 2, a long programme 3. */
export function physicalLoad(week: PlanWeek): number {
  return week.practices.reduce(
    (sum, practice) =>
      sum +
      (practice.layer === 'affection' ? 1 : 0) +
      (practice.layer === 'intimacy' ? (practice.cadence === 'programme' ? 3 : 2) : 0),
    0,
  );
}
