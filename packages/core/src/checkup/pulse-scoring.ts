/**
 * The weekly pulse: the closeness picture (1 apart … 7 almost one) and a few short statements.
 * Like the check-up, it is scored with the version it was answered under, and items that route
 * to support stay with the person who answered them.
 */
import type { Pulse } from '@hearth/content';
import { isValidAnswer, scaleRange, type ScaleRange } from './answer-scales';
import {
  describeAnswerProblems,
  isAnswerMap,
  type AnswerProblem,
  type ScoringOutcome,
  type UncheckedAnswers,
} from './answer-validation';
import type { SupportRoute } from './checkup-scoring';
import { findContentVersion } from './content-versions';

export interface PulseAnswersRecord {
  pulseId: string;
  version: number;
  answers: UncheckedAnswers;
}

export interface PulseItemScore {
  itemId: string;
  value: number;
  /** The answer on a 0–100 scale, so items with different scales can share a chart. */
  percent: number;
}

export interface PulseResult {
  pulseId: string;
  version: number;
  /** The closeness picture chosen, 1 (apart) to 7 (almost fully overlapping). */
  closeness: number;
  /** Answered statements that may be shared with the partner. */
  items: PulseItemScore[];
  /** PRIVATE to the person who answered; never part of a shared pulse (see toSharedPulse). */
  routes: SupportRoute[];
}

/** What may reach the partner (with consent): closeness and the shareable statements. */
export interface SharedPulse {
  pulseId: string;
  version: number;
  closeness: number;
  items: PulseItemScore[];
}

function closenessRange(pulse: Pulse): ScaleRange {
  const levels = pulse.closenessScale.levels.map((level) => level.level);
  return { min: Math.min(...levels), max: Math.max(...levels) };
}

function rangeOf(pulse: Pulse, item: Pulse['items'][number]): ScaleRange | undefined {
  return item.type === 'closeness-circles' ? closenessRange(pulse) : scaleRange(pulse.scales, item.scale);
}

/** Items that route somewhere are optional; every other item must be answered. */
function isRequired(item: Pulse['items'][number]): boolean {
  return !(item.type === 'scale' && item.route);
}

/** Everything wrong with a set of pulse answers; empty when they can be scored. */
export function checkPulseAnswers(pulse: Pulse, answers: unknown): AnswerProblem[] {
  if (!isAnswerMap(answers)) return [{ kind: 'not-answers' }];
  const problems: AnswerProblem[] = [];
  const known = new Set(pulse.items.map((item) => item.id));
  for (const itemId of Object.keys(answers))
    if (!known.has(itemId)) problems.push({ kind: 'unknown-question', itemId });
  for (const item of pulse.items) {
    const value = answers[item.id];
    const range = rangeOf(pulse, item);
    if (value === undefined) {
      if (isRequired(item)) problems.push({ kind: 'missing-answer', itemId: item.id });
    } else if (range && !isValidAnswer(value, range)) {
      problems.push({ kind: 'not-a-choice', itemId: item.id, min: range.min, max: range.max });
    }
  }
  return problems;
}

function scoreValidPulse(pulse: Pulse, answers: Readonly<Record<string, number>>): PulseResult {
  let closeness = 0;
  const items: PulseItemScore[] = [];
  const routes = new Set<SupportRoute>();
  for (const item of pulse.items) {
    const value = answers[item.id];
    if (value === undefined) continue;
    if (item.type === 'closeness-circles') {
      closeness = value;
      continue;
    }
    if (item.route && item.triggerAt !== undefined && value >= item.triggerAt) routes.add(item.route);
    const range = scaleRange(pulse.scales, item.scale);
    if (!item.shareable || !range) continue;
    items.push({
      itemId: item.id,
      value,
      percent: Math.round(((value - range.min) / (range.max - range.min)) * 100),
    });
  }
  return {
    pulseId: pulse.id,
    version: pulse.version,
    closeness,
    items,
    routes: (['safety', 'support'] as const).filter((route) => routes.has(route)),
  };
}

/** Scores a saved pulse with the version it names; nothing is scored unless every answer is valid. */
export function scorePulseRecord(
  published: readonly Pulse[],
  record: PulseAnswersRecord,
): ScoringOutcome<PulseResult> {
  const pulse = findContentVersion(published, record.pulseId, record.version);
  const problems = pulse
    ? checkPulseAnswers(pulse, record.answers)
    : [{ kind: 'unknown-version' as const, id: record.pulseId, version: record.version }];
  if (!pulse || problems.length > 0)
    return { ok: false, problems, message: describeAnswerProblems(problems, 'pulse') };
  // checkPulseAnswers has confirmed every value is a whole number on its scale.
  return { ok: true, result: scoreValidPulse(pulse, record.answers as Readonly<Record<string, number>>) };
}

/** The only part of a pulse that may ever be shown to the partner. */
export function toSharedPulse(result: PulseResult): SharedPulse {
  return {
    pulseId: result.pulseId,
    version: result.version,
    closeness: result.closeness,
    items: result.items,
  };
}
