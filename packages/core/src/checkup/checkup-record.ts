/**
 * Scoring a saved check-up: find the instrument version it was answered under, refuse partial or
 * out-of-range answers, then score. This is the entry point screens use; `scoreCheckup` below it
 * is the lenient scorer that treats anything odd as skipped.
 */
import type { CheckupInstrument } from '@hearth/content';
import {
  checkCheckupAnswers,
  describeAnswerProblems,
  type ScoringOutcome,
  type UncheckedAnswers,
} from './answer-validation';
import { scoreCheckup, type CheckupAnswers, type CheckupResult, type ScoreOptions } from './checkup-scoring';
import { findContentVersion } from './content-versions';

/** What a private check-up record holds: the answers and the instrument they were given under. */
export interface CheckupAnswersRecord {
  instrumentId: string;
  version: number;
  answers: UncheckedAnswers;
  lifeStages?: readonly string[];
}

/**
 * Scores a saved check-up with the instrument version it names, out of every version this app
 * ships (`published`, oldest to newest). Nothing is scored unless all answers are valid.
 */
export function scoreCheckupRecord(
  published: readonly CheckupInstrument[],
  record: CheckupAnswersRecord,
  options: ScoreOptions = {},
): ScoringOutcome<CheckupResult> {
  const instrument = findContentVersion(published, record.instrumentId, record.version);
  const problems = instrument
    ? checkCheckupAnswers(instrument, record.answers, options)
    : [{ kind: 'unknown-version' as const, id: record.instrumentId, version: record.version }];
  if (!instrument || problems.length > 0)
    return { ok: false, problems, message: describeAnswerProblems(problems, 'check-up') };
  // checkCheckupAnswers has confirmed every value is a whole number on its scale.
  const answers = record.answers as CheckupAnswers;
  return { ok: true, result: scoreCheckup(instrument, answers, record.lifeStages ?? [], options) };
}
