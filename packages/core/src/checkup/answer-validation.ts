/**
 * Checks answers before anything is scored. A partial check-up or an answer that is not one of
 * the offered choices is refused as a whole, with a plain message, so nobody ever sees a score
 * built on half an answer sheet.
 */
import type { CheckupDimension, CheckupInstrument } from '@hearth/content';
import { isValidAnswer, scaleRange } from './answer-scales';

export type AnswerProblem =
  /** The answers name a questionnaire version this app does not ship (a newer app wrote them). */
  | { kind: 'unknown-version'; id: string; version: number }
  /** The answers are not a map of question ids to numbers at all. */
  | { kind: 'not-answers' }
  | { kind: 'unknown-question'; itemId: string }
  | { kind: 'not-a-choice'; itemId: string; min: number; max: number }
  /** A question the pulse cannot do without. */
  | { kind: 'missing-answer'; itemId: string }
  /** Too few answers in one part of the check-up to give it a score. */
  | { kind: 'too-few-answers'; dimension: CheckupDimension; title: string; answered: number; needed: number };

/** Either the scored result, or the reasons nothing was scored and a message to show. */
export type ScoringOutcome<T> =
  { ok: true; result: T } | { ok: false; problems: AnswerProblem[]; message: string };

/** Answers as they come out of a decrypted record: not yet trusted to be numbers. */
export type UncheckedAnswers = Readonly<Record<string, unknown>>;

export function isAnswerMap(value: unknown): value is UncheckedAnswers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** One clear message for a list of problems; `what` names the questionnaire ("check-up", "pulse"). */
export function describeAnswerProblems(problems: readonly AnswerProblem[], what: string): string {
  const sentences: string[] = [];
  const ofKind = <K extends AnswerProblem['kind']>(kind: K) =>
    problems.filter((problem): problem is Extract<AnswerProblem, { kind: K }> => problem.kind === kind);

  if (ofKind('unknown-version').length > 0)
    sentences.push(`These answers come from a newer ${what} than this app knows. Please update Hearth.`);
  if (ofKind('not-answers').length > 0 || ofKind('unknown-question').length > 0)
    sentences.push(`These answers don't match the questions of this ${what}. Please take it again.`);
  const notChoices = ofKind('not-a-choice').length;
  if (notChoices > 0)
    sentences.push(
      `${notChoices} ${plural(notChoices, 'answer is', 'answers are')} not one of the choices offered. ` +
        `Please answer ${plural(notChoices, 'that question', 'those questions')} again.`,
    );
  const missing = ofKind('missing-answer').length;
  if (missing > 0)
    sentences.push(
      `${missing} ${plural(missing, 'question still needs', 'questions still need')} an answer.`,
    );
  const thin = ofKind('too-few-answers');
  if (thin.length > 0)
    sentences.push(
      `${plural(thin.length, 'One part needs', 'Some parts need')} a few more answers: ` +
        thin.map((part) => `${part.title} (${part.answered} of ${part.needed} answered)`).join(', ') +
        '.',
    );
  return ['Nothing has been scored yet.', ...sentences].join(' ');
}

/**
 * Everything wrong with a set of check-up answers; empty when they can be scored. Every answer
 * given must be a choice on its question's scale, and every part that will be scored needs the
 * instrument's minimum number of answers. Barrier and distress questions may be left out, and
 * parts hidden while intimacy content is paused need no answers.
 */
export function checkCheckupAnswers(
  instrument: CheckupInstrument,
  answers: unknown,
  options: { intimacyPaused?: boolean } = {},
): AnswerProblem[] {
  if (!isAnswerMap(answers)) return [{ kind: 'not-answers' }];
  const scales = new Map(
    [...instrument.items, ...instrument.barriers.items, ...instrument.safety.items].map((item) => [
      item.id,
      scaleRange(instrument.scales, item.scale),
    ]),
  );
  const problems: AnswerProblem[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    if (!scales.has(itemId)) problems.push({ kind: 'unknown-question', itemId });
    else {
      const range = scales.get(itemId);
      if (range && !isValidAnswer(value, range))
        problems.push({ kind: 'not-a-choice', itemId, min: range.min, max: range.max });
    }
  }
  const needed = instrument.scoring.minAnsweredPerDimension;
  for (const dimension of instrument.dimensions) {
    if (options.intimacyPaused && dimension.intimacyContent) continue;
    const answered = instrument.items.filter(
      (item) =>
        item.dimension === dimension.id &&
        isValidAnswer(answers[item.id], scaleRange(instrument.scales, item.scale)),
    ).length;
    if (answered < needed)
      problems.push({
        kind: 'too-few-answers',
        dimension: dimension.id,
        title: dimension.title.en,
        answered,
        needed,
      });
  }
  return problems;
}
