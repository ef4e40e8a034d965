/**
 * What a couple can swap an exercise for in a given week: exercises that fit them and that week's
 * open layers, not already in the week, the same kind (layer, then cadence) first.
 */
import type { LocalDate } from '../local-date';
import { swapsAt, walkPlan } from './generate-plan';
import { fitsCouple, openLayers } from './week-builder';
import type { PlanInput } from './plan-types';

export function swapOptions(input: PlanInput, weekStart: LocalDate, exerciseId: string): string[] {
  const entry = walkPlan(input).find((walked) => walked.week.weekStart === weekStart);
  if (!entry || entry.week.step === null) return [];
  const swapped = input.content.exercises.find((exercise) => exercise.id === exerciseId);
  const layers = openLayers(entry.week.step, entry.schedule);
  const inWeek = new Set(entry.week.practices.map((practice) => practice.exerciseId));
  const removed = swapsAt(input, weekStart).removed;
  const likeness = (layer: string, cadence: string): number =>
    (layer === swapped?.layer ? 0 : 2) + (cadence === swapped?.cadence ? 0 : 1);
  return input.content.exercises
    .filter(
      (exercise) =>
        exercise.id !== exerciseId &&
        !inWeek.has(exercise.id) &&
        !removed.has(exercise.id) &&
        fitsCouple(exercise, entry.context, layers),
    )
    .sort((a, b) => likeness(a.layer, a.cadence) - likeness(b.layer, b.cadence))
    .map((exercise) => exercise.id);
}
