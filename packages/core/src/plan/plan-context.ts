/**
 * What the plan needs to know about the couple: which parts to work on (from the shared
 * check-ups), whether conflict needs care first, what their life stage asks for, and when
 * touch and the physical relationship come in.
 */
import type { BarrierId, CheckupDimension, CheckupInstrument } from '@hearth/content';
import type { CoupleSummary } from '../checkup/checkup-scoring';
import type { LocalDate } from '../local-date';
import type { LayerSchedule, LifeStageRules, PlanContext, SharedCheckup } from './plan-types';

/** Twelve steps: about four emotional weeks, then touch, then (when it fits) the physical relationship. */
export const planSteps = 12;

const conflictDimension: CheckupDimension = 'communication-conflict';
const touchedOutStages = ['postpartum', 'young-kids'];

/** Each partner's latest check-up shared on or before `asOf`; at most two people. */
export function summariesAsOf(shared: readonly SharedCheckup[], asOf: LocalDate): SharedCheckup[] {
  const latest = new Map<string, SharedCheckup>();
  for (const entry of shared) {
    if (entry.takenOn > asOf) continue;
    const seen = latest.get(entry.partner);
    if (!seen || entry.takenOn >= seen.takenOn) latest.set(entry.partner, entry);
  }
  return [...latest.values()].sort((a, b) => (a.takenOn < b.takenOn ? 1 : -1)).slice(0, 2);
}

function lowestScore(summaries: readonly CoupleSummary[], dimension: CheckupDimension): number {
  const scores = summaries
    .flatMap((summary) => summary.dimensions)
    .filter((entry) => entry.dimension === dimension && entry.score !== null)
    .map((entry) => entry.score ?? 0);
  return scores.length > 0 ? Math.min(...scores) : 100;
}

function needsCare(summaries: readonly CoupleSummary[], dimension: CheckupDimension): boolean {
  return summaries.some((summary) =>
    summary.dimensions.some((entry) => entry.dimension === dimension && entry.band === 'needs-care'),
  );
}

/**
 * The parts either partner's check-up suggested working on first, most pressing first: the lowest
 * score across both, emotional parts before physical ones while an emotional part needs care.
 */
export function focusDimensions(
  instrument: CheckupInstrument,
  summaries: readonly CoupleSummary[],
  intimacyPaused: boolean,
): CheckupDimension[] {
  const byId = new Map(instrument.dimensions.map((dimension) => [dimension.id, dimension]));
  const suggested = new Set(
    summaries.flatMap((summary) => summary.workOnFirst.map((entry) => entry.dimension)),
  );
  const candidates = [...suggested].filter(
    (dimension) => !(intimacyPaused && byId.get(dimension)?.intimacyContent),
  );
  const emotionalNeedsCare = candidates.some(
    (dimension) => byId.get(dimension)?.layer === 'emotional' && needsCare(summaries, dimension),
  );
  const holdBack = (dimension: CheckupDimension): number =>
    emotionalNeedsCare && byId.get(dimension)?.layer === 'physical' ? 1 : 0;
  return candidates.sort(
    (a, b) =>
      holdBack(a) - holdBack(b) ||
      lowestScore(summaries, a) - lowestScore(summaries, b) ||
      (byId.get(a)?.priority ?? 0) - (byId.get(b)?.priority ?? 0),
  );
}

/** What the couple's life stages ask of the plan. */
export function lifeStageRules(
  instrument: CheckupInstrument,
  lifeStages: readonly string[],
  barriers: readonly BarrierId[],
): LifeStageRules {
  const options = instrument.lifeStage.options.filter((option) => lifeStages.includes(option.id));
  const stages = options.map((option) => option.id);
  const variant = options.find((option) => option.prefersVariant)?.prefersVariant;
  return {
    stages,
    ...(variant ? { variant } : {}),
    stageExerciseIds: [...new Set(options.flatMap((option) => option.exerciseIds))],
    longDistance: stages.includes('long-distance'),
    touchedOut: stages.some((stage) => touchedOutStages.includes(stage)) || barriers.includes('touched-out'),
    // A new baby: touch stays affectionate only. Young children: later, and no long programmes.
    physicalCeiling: stages.includes('postpartum')
      ? 'affection-only'
      : stages.includes('young-kids')
        ? 'later-and-gentle'
        : 'usual',
  };
}

export function planContext(
  instrument: CheckupInstrument,
  shared: readonly SharedCheckup[],
  lifeStages: readonly string[],
  intimacyPaused: boolean,
): PlanContext {
  const summaries = shared.map((entry) => entry.summary);
  const barriers = [...new Set(summaries.flatMap((summary) => summary.barriers))];
  return {
    basis: summaries.length === 0 ? 'default' : summaries.length === 1 ? 'one-summary' : 'two-summaries',
    focus: focusDimensions(instrument, summaries, intimacyPaused),
    highConflict: needsCare(summaries, conflictDimension),
    barriers,
    stage: lifeStageRules(instrument, lifeStages, barriers),
    intimacyPaused,
  };
}

/**
 * When each layer opens. Touch comes at step 5, the physical relationship at step 9. High conflict
 * holds both back two steps (calm and repair first); young children hold the physical relationship
 * back to step 11; a new baby or paused intimacy content keeps it out of the plan.
 */
export function layerSchedule(context: PlanContext): LayerSchedule {
  const conflictDelay = context.highConflict ? 2 : 0;
  const affectionFrom = 5 + conflictDelay;
  const ceiling = context.stage.physicalCeiling;
  if (context.intimacyPaused || ceiling === 'affection-only') return { affectionFrom, intimacyFrom: null };
  const intimacyFrom = Math.max(9 + conflictDelay, ceiling === 'later-and-gentle' ? 11 : 0);
  return { affectionFrom, intimacyFrom: Math.min(intimacyFrom, planSteps) };
}
