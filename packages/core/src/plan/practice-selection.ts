/**
 * Chooses the practices for one step of the plan from the exercise library, using each
 * exercise's layer, cadence, life stages and who it suits. Deterministic: the same step and
 * context always give the same week, so both partners' devices agree.
 */
import {
  barrierExercises,
  defaultAnchors,
  dimensionExercises,
  focusCandidates,
  gentleCandidates,
  repairSteps,
} from './candidate-lists';
import type { LayerSchedule, PlanContent, PlanContext } from './plan-types';
import {
  noSwaps,
  openLayers,
  WeekBuilder,
  type Candidate,
  type ChosenPractice,
  type WeekSwaps,
} from './week-builder';

interface Slot {
  content: PlanContent;
  context: PlanContext;
  schedule: LayerSchedule;
  step: number;
  week: WeekBuilder;
}

/** High conflict: the first two steps open with cool-down and repair. Returns whether it did. */
function addRepair({ context, step, week }: Slot): boolean {
  const repair = context.highConflict ? repairSteps[step - 1] : undefined;
  if (!repair) return false;
  week.take(
    repair.map((exerciseId) => ({ exerciseId, reason: 'repair' })),
    repair.length,
  );
  return true;
}

/**
 * One short daily practice holds the week together. One written for the couple's life stage
 * stays every week; otherwise it changes every two steps so a habit has time to form.
 */
function addAnchor({ content, context, step, week }: Slot): void {
  const stageAnchors = context.stage.stageExerciseIds
    .filter((exerciseId) => week.isDailyEmotional(exerciseId))
    .map((exerciseId) => ({ exerciseId, reason: 'life-stage' as const }));
  if (stageAnchors.length > 0) {
    week.take(stageAnchors, 1);
    return;
  }
  const focusAnchors = context.focus
    .flatMap((dimension) =>
      dimensionExercises(content, dimension).map((exerciseId) => ({
        exerciseId,
        reason: 'focus' as const,
        dimension,
      })),
    )
    .filter((candidate) => week.isDailyEmotional(candidate.exerciseId));
  const anchors = [
    ...focusAnchors,
    ...defaultAnchors.map((exerciseId) => ({ exerciseId, reason: 'daily-anchor' as const })),
  ];
  week.take(anchors, 1, Math.floor((step - 1) / 2));
}

/** What the check-up suggested: two a week while emotional, one once touch has joined in. */
function addFocus({ content, context, step, week }: Slot, touchOpen: boolean): void {
  const gentle = context.basis === 'default' || context.focus.length === 0;
  const count = touchOpen || gentle ? 1 : 2;
  const inWeek = week.chosen.map((entry) => entry.exerciseId);
  week.take(
    gentle ? gentleCandidates(step, count) : focusCandidates(content, context, step, count, inWeek),
    count,
  );
}

/** Non-sexual touch, the touched-out reset first for parents of little ones. */
function addTouch({ content, context, schedule, step, week }: Slot): void {
  const firstTouch: Candidate[] = context.stage.touchedOut
    ? [{ exerciseId: 'ex-touched-out-reset', reason: 'life-stage' }]
    : [];
  // Apart, hands-on touch waits for visits; practices meant to feel near bring closeness instead.
  const nearWhileApart = context.stage.longDistance
    ? week.where(
        (exercise) => exercise.layer === 'emotional' && exercise.purposeTags.includes('touch'),
        'affection',
      )
    : [];
  const affection = [
    ...firstTouch,
    ...dimensionExercises(content, 'physical-affection').map((exerciseId) => ({
      exerciseId,
      reason: 'affection' as const,
      dimension: 'physical-affection' as const,
    })),
    ...week.where((exercise) => exercise.layer === 'affection', 'affection'),
    ...nearWhileApart,
  ];
  week.take(affection, 1, step - schedule.affectionFrom);
}

/** The physical relationship: talking first, barrier-specific exercises before the rest. */
function addIntimacy({ content, context, step, week }: Slot, intimacyFrom: number): void {
  const intimacy = [
    ...barrierExercises(content, context),
    ...dimensionExercises(content, 'sexual').map((exerciseId) => ({
      exerciseId,
      reason: 'intimacy' as const,
      dimension: 'sexual' as const,
    })),
    ...week.where((exercise) => exercise.layer === 'intimacy', 'intimacy'),
  ];
  week.take(intimacy, 1, step - intimacyFrom, (exercise) => exercise.layer === 'intimacy');
}

/** The practices for one step, before anything is known about whether they were done. */
export function selectPractices(
  content: PlanContent,
  context: PlanContext,
  schedule: LayerSchedule,
  step: number,
  swaps: WeekSwaps = noSwaps,
): ChosenPractice[] {
  const layers = openLayers(step, schedule);
  const slot: Slot = {
    content,
    context,
    schedule,
    step,
    week: new WeekBuilder(content, context, layers, swaps),
  };
  const repaired = addRepair(slot);
  addAnchor(slot);
  const touchOpen = layers.includes('affection');
  if (!repaired) addFocus(slot, touchOpen);
  if (touchOpen) addTouch(slot);
  if (layers.includes('intimacy') && schedule.intimacyFrom !== null) addIntimacy(slot, schedule.intimacyFrom);
  return slot.week.chosen;
}
