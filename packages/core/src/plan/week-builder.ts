/**
 * Builds one week of the plan: which exercises fit the couple and the week's open layers, and
 * how a swapped-out exercise is replaced in place.
 */
import type { CheckupDimension, Exercise, ExerciseLayer } from '@hearth/content';
import type { LayerSchedule, PlanContent, PlanContext, PlanPractice, PracticeReason } from './plan-types';

/** An exercise proposed for a week, with why. */
export interface Candidate {
  exerciseId: string;
  reason: PracticeReason;
  dimension?: CheckupDimension;
}

export type ChosenPractice = Omit<PlanPractice, 'done'>;

/** Swaps in effect for a week: exercises set aside, and what each should be replaced with. */
export interface WeekSwaps {
  removed: ReadonlySet<string>;
  replacements: ReadonlyMap<string, string>;
}

export const noSwaps: WeekSwaps = { removed: new Set(), replacements: new Map() };

export function openLayers(step: number, schedule: LayerSchedule): ExerciseLayer[] {
  const layers: ExerciseLayer[] = ['emotional'];
  if (step >= schedule.affectionFrom) layers.push('affection');
  if (schedule.intimacyFrom !== null && step >= schedule.intimacyFrom) layers.push('intimacy');
  return layers;
}

/** Whether an exercise may appear in a week with these open layers, for this couple. */
export function fitsCouple(
  exercise: Exercise,
  context: PlanContext,
  layers: readonly ExerciseLayer[],
): boolean {
  if (!layers.includes(exercise.layer)) return false;
  if (exercise.layer === 'intimacy' && context.intimacyPaused) return false;
  if (context.stage.longDistance && !exercise.suits.includes('long-distance')) return false;
  if (
    exercise.layer === 'intimacy' &&
    exercise.cadence === 'programme' &&
    context.stage.physicalCeiling === 'later-and-gentle'
  )
    return false;
  const writtenFor = exercise.lifeStages;
  const wanted = context.stage.touchedOut && exercise.id === 'ex-touched-out-reset';
  return !writtenFor || wanted || writtenFor.some((stage) => context.stage.stages.includes(stage));
}

export class WeekBuilder {
  readonly chosen: ChosenPractice[] = [];
  private readonly byId: ReadonlyMap<string, Exercise>;

  constructor(
    content: PlanContent,
    private readonly context: PlanContext,
    private readonly layers: readonly ExerciseLayer[],
    private readonly swaps: WeekSwaps,
  ) {
    this.byId = new Map(content.exercises.map((exercise) => [exercise.id, exercise]));
  }

  private usable(exerciseId: string): Exercise | undefined {
    const exercise = this.byId.get(exerciseId);
    if (!exercise || this.swaps.removed.has(exerciseId)) return undefined;
    return fitsCouple(exercise, this.context, this.layers) ? exercise : undefined;
  }

  private add(exercise: Exercise, candidate: Candidate): void {
    const variant = this.context.stage.variant;
    this.chosen.push({
      exerciseId: exercise.id,
      layer: exercise.layer,
      cadence: exercise.cadence,
      reason: candidate.reason,
      ...(candidate.dimension ? { dimension: candidate.dimension } : {}),
      ...(variant && exercise.variants.some((entry) => entry.kind === variant) ? { variant } : {}),
    });
  }

  /** The exercise a candidate stands for this week: the couple's replacement when they swapped it. */
  private resolve(candidate: Candidate): { exercise: Exercise; candidate: Candidate } | undefined {
    const replacementId = this.swaps.removed.has(candidate.exerciseId)
      ? this.swaps.replacements.get(candidate.exerciseId)
      : undefined;
    const replacement = replacementId ? this.usable(replacementId) : undefined;
    if (replacement)
      return { exercise: replacement, candidate: { exerciseId: replacement.id, reason: 'swapped-in' } };
    const exercise = this.usable(candidate.exerciseId);
    return exercise ? { exercise, candidate } : undefined;
  }

  /**
   * Takes up to `count` candidates that fit this week (and `accepts`, when given), rotating by
   * `offset` through the ones that fit, so weeks differ even when few exercises fit. A candidate
   * the couple swapped out is replaced in place by their choice when it fits.
   */
  take(
    candidates: readonly Candidate[],
    count: number,
    offset = 0,
    accepts: (exercise: Exercise) => boolean = () => true,
  ): void {
    const seen = new Set<string>();
    const fitting = candidates
      .filter((candidate) => {
        const exercise = this.byId.get(candidate.exerciseId);
        return exercise !== undefined && accepts(exercise);
      })
      .map((candidate) => this.resolve(candidate))
      .filter((entry): entry is NonNullable<typeof entry> => {
        if (!entry || seen.has(entry.exercise.id)) return false;
        seen.add(entry.exercise.id);
        return true;
      });
    let taken = 0;
    for (let index = 0; index < fitting.length && taken < count; index++) {
      const entry = fitting[(offset + index) % fitting.length];
      if (!entry || this.chosen.some((chosen) => chosen.exerciseId === entry.exercise.id)) continue;
      this.add(entry.exercise, entry.candidate);
      taken++;
    }
  }

  /** Every exercise in the library that passes `test`, in library order. */
  where(test: (exercise: Exercise) => boolean, reason: PracticeReason): Candidate[] {
    return [...this.byId.values()].filter(test).map((exercise) => ({ exerciseId: exercise.id, reason }));
  }

  isDailyEmotional(exerciseId: string): boolean {
    const exercise = this.byId.get(exerciseId);
    return exercise?.layer === 'emotional' && exercise.cadence === 'daily';
  }
}
