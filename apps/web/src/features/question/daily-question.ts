// Which question the two of us get today, computed on each phone from the couple key, so the
// server never learns it (docs/daily-practices.md). Pure: the library and the key are passed in.
import { dailyQuestionOrder, questionForDay, type LocalDate, type QuestionSkip } from '@hearth/core';
import { hmacSha256, utf8 } from '@hearth/crypto';
import type { Question } from '@hearth/content';

/**
 * The questions a couple gets by default. Both phones must pick the same set from data they
 * share, so until the couple chooses depth and opt-in categories together this is a fixed rule:
 * light and medium questions, nothing opt-in (intimacy) and nothing written for parents only.
 */
export function everydayQuestionIds(library: readonly Question[]): string[] {
  return library
    .filter((q) => q.depth !== 'deep' && !q.tags.includes('opt-in') && !q.tags.includes('with-kids'))
    .map((q) => q.id);
}

/** The order's seed: HMAC(CK, "question-order/v1"). Only the two partners can compute it. */
export function questionOrderSeed(coupleKey: Uint8Array): Uint8Array {
  return hmacSha256(coupleKey, utf8('question-order/v1'));
}

export interface DailyQuestionInput {
  coupleKey: Uint8Array;
  library: readonly Question[];
  /** The couple's first day: the order starts there. */
  startDate: LocalDate;
  date: LocalDate;
  skips: readonly QuestionSkip[];
}

export function dailyQuestionId(input: DailyQuestionInput): string | null {
  const order = dailyQuestionOrder(questionOrderSeed(input.coupleKey), everydayQuestionIds(input.library));
  // Before the couple's first day (clocks, time zones) the first question is today's.
  const startDate = input.startDate > input.date ? input.date : input.startDate;
  return questionForDay({ order, startDate, date: input.date, skips: input.skips });
}
