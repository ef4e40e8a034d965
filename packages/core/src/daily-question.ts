/**
 * Which question a couple sees on a given day. Both partners' devices compute it on their own
 * from a seed only the couple knows, so the server never learns which question was asked.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { daysBetween, isLocalDate, type LocalDate } from './local-date';

/** A `question-skip` record as far as the order is concerned. */
export interface QuestionSkip {
  date: LocalDate;
  questionId: string;
}

export interface QuestionForDayInput {
  /** The couple's order from `dailyQuestionOrder`, already filtered to their depth and tags. */
  order: readonly string[];
  /** The day the order started: it shows `order[0]` unless that was skipped. */
  startDate: LocalDate;
  date: LocalDate;
  skips?: readonly QuestionSkip[];
}

const minimumSeedBytes = 16;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/**
 * A seeded shuffle of the question library: every distinct id exactly once, in an order that
 * depends only on the seed and the set of ids — the same on every device, whatever order the ids
 * arrive in. Each id is ranked by HMAC-SHA256(seed, id), which gives a uniformly random
 * permutation to anyone without the seed, and filtering the library before or after ordering gives
 * the same relative order (so depth and tag filters never make the two partners disagree).
 */
export function dailyQuestionOrder(seedBytes: Uint8Array, questionIds: readonly string[]): string[] {
  if (seedBytes.length < minimumSeedBytes)
    throw new RangeError(`seed must have at least ${minimumSeedBytes} bytes`);
  const keyed = hmac.create(sha256, seedBytes);
  const ranked = [...new Set(questionIds)].map((id) => ({
    id,
    rank: keyed.clone().update(utf8ToBytes(id)).digest(),
  }));
  keyed.destroy();
  ranked.sort((a, b) => compareBytes(a.rank, b.rank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked.map(({ id }) => id);
}

/**
 * The question id for `date`: one step along the order per day since `startDate`, plus one per
 * skip up to and including that date, wrapping to the start only once the whole order is used.
 * A skip counts only if it names the question that was showing on its day, so both partners
 * skipping the same question at once, or a late duplicate from an offline phone, moves one step.
 * Returns null before `startDate` or when the order is empty.
 */
export function questionForDay(input: QuestionForDayInput): string | null {
  const { order, startDate, date, skips = [] } = input;
  const day = daysBetween(startDate, date);
  if (order.length === 0 || day < 0) return null;

  const skippedByDate = new Map<LocalDate, Set<string>>();
  for (const skip of skips) {
    if (!isLocalDate(skip.date) || skip.date < startDate || skip.date > date) continue;
    const skipped = skippedByDate.get(skip.date) ?? new Set<string>();
    skipped.add(skip.questionId);
    skippedByDate.set(skip.date, skipped);
  }

  const at = (index: number): string => order[index % order.length] as string;
  let advance = 0;
  for (const skipDate of [...skippedByDate.keys()].sort()) {
    const remaining = skippedByDate.get(skipDate) as Set<string>;
    const skipDay = daysBetween(startDate, skipDate);
    // Each skip is used at most once, and only while its question is the one on screen.
    while (remaining.delete(at(skipDay + advance))) advance += 1;
  }
  return at(day + advance);
}
