/**
 * Which question a couple sees on a given day. Both partners' devices compute it on their own
 * from a seed only the couple knows, so the server never learns which question was asked.
 */
import { keyedHmacSha256, utf8 } from '@hearth/crypto';
import { addDays, daysBetween, isLocalDate, type LocalDate } from './local-date';

/** A `question-skip` record as far as the order is concerned. */
export interface QuestionSkip {
  date: LocalDate;
  questionId: string;
}

export interface QuestionForDayInput {
  /** The couple's order from `dailyQuestionOrder`. */
  order: readonly string[];
  /** The day the order started: it shows `order[0]` unless that was skipped. */
  startDate: LocalDate;
  date: LocalDate;
  skips?: readonly QuestionSkip[];
  /**
   * Whether a question suits the couple on a day (their depth and opt-in choices, which can change
   * from one day to the next). Questions that do not fit are passed over and stay unasked.
   */
  fits?: (questionId: string, date: LocalDate) => boolean;
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
  const keyed = keyedHmacSha256(seedBytes);
  const ranked = [...new Set(questionIds)].map((id) => ({ id, rank: keyed.mac(utf8(id)) }));
  keyed.destroy();
  ranked.sort((a, b) => compareBytes(a.rank, b.rank) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked.map(({ id }) => id);
}

/**
 * The question id for `date`, found by walking the order one day at a time from `startDate`: each
 * day shows the next question in the order that fits that day and has not been asked (or skipped)
 * in this round; a new round starts only when no fitting question is left. So no question comes
 * back before every fitting one was asked, even when the couple changes what fits along the way.
 * A skip counts only if it names the question that was showing on its day, so both partners
 * skipping at once, or a late duplicate from an offline phone, moves one step.
 * Returns null before `startDate`, for an empty order, or when nothing fits.
 */
export function questionForDay(input: QuestionForDayInput): string | null {
  const { order, startDate, date, skips = [], fits = () => true } = input;
  const days = daysBetween(startDate, date);
  if (order.length === 0 || days < 0) return null;

  const skippedByDate = new Map<LocalDate, Set<string>>();
  for (const skip of skips) {
    if (!isLocalDate(skip.date) || skip.date < startDate || skip.date > date) continue;
    const skipped = skippedByDate.get(skip.date) ?? new Set<string>();
    skipped.add(skip.questionId);
    skippedByDate.set(skip.date, skipped);
  }

  const at = (position: number): string => order[position % order.length] as string;
  let position = 0;
  // Asked or skipped in this round; a new round starts once nothing fitting is left unasked.
  const used = new Set<string>();
  /** Moves to the next unused question that fits `day`; false when none fits at all. */
  const settle = (day: LocalDate): boolean => {
    for (let round = 0; round < 2; round += 1) {
      for (let tries = 0; tries < order.length; tries += 1, position += 1) {
        const id = at(position);
        if (!used.has(id) && fits(id, day)) return true;
      }
      used.clear();
    }
    return false;
  };

  for (let offset = 0; ; offset += 1) {
    const day = addDays(startDate, offset);
    if (!settle(day)) return null;
    const skipped = skippedByDate.get(day);
    // Each skip is used at most once, and only while its question is the one on screen.
    while (skipped?.delete(at(position))) {
      used.add(at(position));
      position += 1;
      if (!settle(day)) return null;
    }
    if (offset === days) return at(position);
    used.add(at(position));
    position += 1;
  }
}
