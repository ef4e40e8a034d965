import type {
  BarrierId,
  CheckupDimension,
  CheckupInstrument,
  Dimension,
  SafetyItem,
  ScoreBand,
} from '@hearth/content';
import { isValidAnswer, scaleRange } from './answer-scales';

/** Where a distress or safety answer sends the person who gave it: support, or safety resources. */
export type SupportRoute = SafetyItem['route'];

/** Answers by item id; a missing item is a skipped question. */
export type CheckupAnswers = Readonly<Record<string, number>>;

export interface DimensionScore {
  dimension: CheckupDimension;
  /** 0-100, or null when too few items were answered (or the dimension was paused). */
  score: number | null;
  answered: number;
  band: ScoreBand['id'] | null;
}

export interface WorkOnFirst {
  dimension: CheckupDimension;
  exerciseIds: readonly string[];
}

export interface CheckupResult {
  instrumentId: string;
  version: number;
  dimensions: DimensionScore[];
  workOnFirst: WorkOnFirst[];
  barriers: { barrier: BarrierId; sensitive: boolean }[];
  lifeStages: string[];
  /**
   * PRIVATE to the person who answered: support or safety routes triggered by distress or
   * safety items. Never part of a couple summary; see toCoupleSummary.
   */
  routes: SupportRoute[];
}

/** What may be shown side by side to both partners (with consent): no routes, no sensitive barriers. */
export interface CoupleSummary {
  instrumentId: string;
  version: number;
  dimensions: DimensionScore[];
  workOnFirst: WorkOnFirst[];
  barriers: BarrierId[];
}

export interface ScoreOptions {
  /** A partner has paused intimacy content: intimate dimensions are neither scored nor suggested. */
  intimacyPaused?: boolean;
}

function bandFor(dimension: Dimension, score: number): ScoreBand['id'] | null {
  return dimension.bands.find((band) => score >= band.min && score <= band.max)?.id ?? null;
}

function scoreDimension(
  instrument: CheckupInstrument,
  dimension: Dimension,
  answers: CheckupAnswers,
  paused: boolean,
): DimensionScore {
  const keyed: number[] = [];
  for (const item of instrument.items) {
    if (item.dimension !== dimension.id) continue;
    const range = scaleRange(instrument.scales, item.scale);
    const value = answers[item.id];
    if (!range || !isValidAnswer(value, range)) continue;
    const oriented = item.reverse ? range.max + range.min - value : value;
    keyed.push((oriented - range.min) / (range.max - range.min));
  }
  const enough = keyed.length >= instrument.scoring.minAnsweredPerDimension;
  if (paused || !enough) return { dimension: dimension.id, score: null, answered: keyed.length, band: null };
  const score = Math.round((keyed.reduce((sum, value) => sum + value, 0) / keyed.length) * 100);
  return { dimension: dimension.id, score, answered: keyed.length, band: bandFor(dimension, score) };
}

function pickWorkOnFirst(instrument: CheckupInstrument, scores: DimensionScore[]): WorkOnFirst[] {
  const byId = new Map(instrument.dimensions.map((dimension) => [dimension.id, dimension]));
  const candidates = scores.filter((entry) => entry.score !== null && entry.band !== 'strong');
  // Emotional safety first: while any emotional dimension needs care, physical ones wait.
  const emotionalNeedsCare = candidates.some(
    (entry) => byId.get(entry.dimension)?.layer === 'emotional' && entry.band === 'needs-care',
  );
  const holdBack = (entry: DimensionScore): number =>
    instrument.scoring.emotionalFirst && emotionalNeedsCare && byId.get(entry.dimension)?.layer === 'physical'
      ? 1
      : 0;
  return candidates
    .sort(
      (a, b) =>
        holdBack(a) - holdBack(b) ||
        (a.score ?? 0) - (b.score ?? 0) ||
        (byId.get(a.dimension)?.priority ?? 0) - (byId.get(b.dimension)?.priority ?? 0),
    )
    .slice(0, instrument.scoring.workOnFirstCount)
    .map((entry) => ({
      dimension: entry.dimension,
      exerciseIds: byId.get(entry.dimension)?.workOnFirst.exerciseIds ?? [],
    }));
}

/**
 * Scores a check-up with the instrument version it was answered under. Pure and total:
 * unknown items and out-of-range values are treated as skipped.
 */
export function scoreCheckup(
  instrument: CheckupInstrument,
  answers: CheckupAnswers,
  lifeStages: readonly string[] = [],
  options: ScoreOptions = {},
): CheckupResult {
  const dimensions = instrument.dimensions.map((dimension) =>
    scoreDimension(
      instrument,
      dimension,
      answers,
      Boolean(options.intimacyPaused && dimension.intimacyContent),
    ),
  );
  const barriers = instrument.barriers.items
    .filter((item) => !(options.intimacyPaused && item.intimacyContent))
    .filter((item) => {
      const value = answers[item.id];
      return isValidAnswer(value, scaleRange(instrument.scales, item.scale)) && value >= item.presentAt;
    })
    .map((item) => ({ barrier: item.barrier, sensitive: item.sensitive }));
  const routes = new Set<SupportRoute>();
  for (const item of instrument.safety.items) {
    const value = answers[item.id];
    if (isValidAnswer(value, scaleRange(instrument.scales, item.scale)) && value >= item.triggerAt)
      routes.add(item.route);
  }
  const knownStages = new Set(instrument.lifeStage.options.map((option) => option.id));
  return {
    instrumentId: instrument.id,
    version: instrument.version,
    dimensions,
    workOnFirst: pickWorkOnFirst(instrument, dimensions),
    barriers,
    lifeStages: lifeStages.filter((stage) => knownStages.has(stage)),
    routes: (['safety', 'support'] as const).filter((route) => routes.has(route)),
  };
}

/** The only part of a result that may ever reach the partner's side-by-side view. */
export function toCoupleSummary(result: CheckupResult): CoupleSummary {
  return {
    instrumentId: result.instrumentId,
    version: result.version,
    dimensions: result.dimensions,
    workOnFirst: result.workOnFirst,
    barriers: result.barriers.filter((entry) => !entry.sensitive).map((entry) => entry.barrier),
  };
}
