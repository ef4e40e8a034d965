/**
 * The lists a week's practices are drawn from: repair first for high conflict, everyday anchors,
 * the exercises the check-up suggests for each part and barrier, and gentle everyday ones.
 */
import type { CheckupDimension } from '@hearth/content';
import type { PlanContent, PlanContext } from './plan-types';
import type { Candidate } from './week-builder';

// Cool-down and repair come first for couples whose disagreements need care.
export const repairSteps: readonly (readonly string[])[] = [
  ['ex-flooding-cool-down', 'ex-repair-after-conflict'],
  ['ex-gentle-start-up', 'ex-repair-phrases'],
];
export const defaultAnchors = ['ex-morning-check-in', 'ex-evening-gratitude', 'ex-hello-and-goodbye'];
const gentleStart = [
  'ex-turning-toward',
  'ex-appreciation-exchange',
  'ex-high-low-hope',
  'ex-walk-and-talk',
  'ex-celebrate-good-news',
  'ex-device-free-time',
];

/** Round-robin over lists, so each focus part gets its first exercise before any gets a second. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  for (let index = 0; index < longest; index++)
    for (const list of lists) {
      const item = list[index];
      if (item !== undefined) out.push(item);
    }
  return out;
}

export function dimensionExercises(content: PlanContent, dimension: CheckupDimension): string[] {
  return content.instrument.dimensions.find((entry) => entry.id === dimension)?.workOnFirst.exerciseIds ?? [];
}

export function barrierExercises(content: PlanContent, context: PlanContext): Candidate[] {
  return content.instrument.barriers.items
    .filter((item) => context.barriers.includes(item.barrier))
    .flatMap((item) => item.exerciseIds.map((exerciseId) => ({ exerciseId, reason: 'barrier' as const })));
}

/** The list turned by `turn` places, so successive weeks start at successive exercises. */
function rotate<T>(list: readonly T[], turn: number): T[] {
  if (list.length === 0) return [];
  const start = ((turn % list.length) + list.length) % list.length;
  return [...list.slice(start), ...list.slice(0, start)];
}

/**
 * Exercises for the parts to work on, for a week with `slots` places: one exercise per part first
 * (the parts take turns when there are more parts than places), then the gentle everyday ones so
 * a single part does not fill the week, then further exercises for the parts and shared barriers.
 * Each part's own exercises take turns week by week.
 */
export function focusCandidates(
  content: PlanContent,
  context: PlanContext,
  step: number,
  slots: number,
  alreadyInWeek: readonly string[],
): Candidate[] {
  const byPart = context.focus.map((dimension) =>
    rotate(dimensionExercises(content, dimension), step - 1)
      .filter((exerciseId) => !alreadyInWeek.includes(exerciseId))
      .map((exerciseId) => ({ exerciseId, reason: 'focus' as const, dimension })),
  );
  const firstRound = byPart.map((list) => list[0]).filter((candidate) => candidate !== undefined);
  const rest = interleave(byPart.map((list) => list.slice(1)));
  return [
    ...rotate(firstRound, firstRound.length > slots ? step - 1 : 0),
    ...gentleCandidates(step, slots),
    ...rest,
    ...rotate(barrierExercises(content, context), step - 1),
  ];
}

export function gentleCandidates(step: number, slots: number): Candidate[] {
  return rotate(gentleStart, (step - 1) * slots).map((exerciseId) => ({
    exerciseId,
    reason: 'gentle-start' as const,
  }));
}
