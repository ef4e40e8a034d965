/**
 * Browsing the exercise library: filter by purpose, time, who it suits and layer, search the
 * titles and summaries, and put favourites first. Pure and order-preserving: exercises that rank
 * the same keep the order they came in, so the list never jumps about between renders.
 */
import type { Exercise } from './schema/exercise';
import type { LocalizedText } from './schema/common';
import type { Audience, ExerciseLayer, PurposeTag } from './schema/vocabulary';

export const durationBuckets = ['up-to-5', '5-to-15', '15-plus'] as const;
export type DurationBucket = (typeof durationBuckets)[number];

/**
 * The time buckets an exercise fits. An exercise fits every bucket its minute range touches:
 * "5–10 minutes" is there for someone with five minutes and for someone with a quarter of an hour.
 */
export function durationBucketsOf(exercise: Pick<Exercise, 'durationMinutes'>): DurationBucket[] {
  const { min, max } = exercise.durationMinutes;
  const fits: Record<DurationBucket, boolean> = {
    'up-to-5': min <= 5,
    '5-to-15': min <= 15 && max > 5,
    '15-plus': max > 15,
  };
  return durationBuckets.filter((bucket) => fits[bucket]);
}

export interface ExerciseQuery {
  /** Any of these purposes. */
  purposes?: readonly PurposeTag[];
  /** Any of these time buckets. */
  durations?: readonly DurationBucket[];
  /** All of these: a long-distance couple with kids needs exercises that suit both. */
  suits?: readonly Audience[];
  /** Any of these layers; leave out 'intimacy' while either partner has paused it. */
  layers?: readonly ExerciseLayer[];
  /** Words to find in the title or summary, in any case and with or without accents. */
  text?: string;
  /** The reader's language for the text search (falls back to English). */
  locale?: string;
  /** Exercise ids the couple marked as favourites. */
  favourites?: readonly string[];
  favouritesFirst?: boolean;
  favouritesOnly?: boolean;
}

/** The exercises matching every given filter, ranked: favourites (if asked), then title matches. */
export function findExercises(exercises: readonly Exercise[], query: ExerciseQuery = {}): Exercise[] {
  const favourites = new Set(query.favourites ?? []);
  const words = searchWords(query.text ?? '');
  const ranked = exercises.flatMap((exercise, index) => {
    if (!passesFilters(exercise, query, favourites)) return [];
    const title = normaliseForSearch(textIn(exercise.title, query.locale));
    const summary = normaliseForSearch(textIn(exercise.summary, query.locale));
    if (!words.every((word) => title.includes(word) || summary.includes(word))) return [];
    const favouriteRank = query.favouritesFirst && favourites.has(exercise.id) ? 0 : 1;
    const titleRank = words.length > 0 && words.every((word) => title.includes(word)) ? 0 : 1;
    return [{ exercise, key: [favouriteRank, titleRank, index] }];
  });
  return ranked.sort((a, b) => compareKeys(a.key, b.key)).map((entry) => entry.exercise);
}

function passesFilters(exercise: Exercise, query: ExerciseQuery, favourites: ReadonlySet<string>): boolean {
  const anyOf = <T>(wanted: readonly T[] | undefined, has: (value: T) => boolean) =>
    !wanted || wanted.length === 0 || wanted.some(has);
  return (
    anyOf(query.purposes, (tag) => exercise.purposeTags.includes(tag)) &&
    anyOf(query.durations, (bucket) => durationBucketsOf(exercise).includes(bucket)) &&
    anyOf(query.layers, (layer) => exercise.layer === layer) &&
    (query.suits ?? []).every((audience) => exercise.suits.includes(audience)) &&
    (!query.favouritesOnly || favourites.has(exercise.id))
  );
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function textIn(text: LocalizedText, locale: string | undefined): string {
  const map = text as Record<string, string>;
  if (!locale) return text.en;
  return map[locale] ?? map[locale.split('-')[0] ?? ''] ?? text.en;
}

// Letters that do not come apart into a base letter and an accent.
const foldedLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/**
 * Lower case, accents removed, every run of punctuation or space turned into one space:
 * "Café, côte-à-côte" becomes "cafe cote a cote". Both the text and the query go through it.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđı]/g, (letter) => foldedLetters[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function searchWords(text: string): string[] {
  const normalised = normaliseForSearch(text);
  return normalised === '' ? [] : normalised.split(' ');
}
