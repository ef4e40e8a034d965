import type { CheckupInstrument } from './schema/checkup';
import type { Question } from './schema/question';
import { questionCategories, questionDepths } from './schema/vocabulary';

export interface ContentStats {
  questions: { total: number; byCategory: Record<string, number>; byDepth: Record<string, number> };
  exercises: number;
  dateIdeas: number;
  desireItems: number;
  gratitudePrompts: number;
  checkup: { dimensions: number; items: number };
  sources: number;
}

export interface StatsInput {
  questions: readonly Question[];
  exercises: readonly unknown[];
  dateIdeas: readonly unknown[];
  desireItems: readonly unknown[];
  gratitudePrompts: readonly unknown[];
  checkup: CheckupInstrument;
  sources: readonly unknown[];
}

function countBy(values: readonly string[], keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/**
 * Counts for `npm run content:stats`. Every known category and depth is listed, with 0 when
 * empty, so a missing deck is visible. Check-up items are everything a person answers in the
 * check-up: dimension items, barriers and the private safety items (life stage is one choice,
 * not counted).
 */
export function computeStats(input: StatsInput): ContentStats {
  return {
    questions: {
      total: input.questions.length,
      byCategory: countBy(
        input.questions.map((question) => question.category),
        questionCategories,
      ),
      byDepth: countBy(
        input.questions.map((question) => question.depth),
        questionDepths,
      ),
    },
    exercises: input.exercises.length,
    dateIdeas: input.dateIdeas.length,
    desireItems: input.desireItems.length,
    gratitudePrompts: input.gratitudePrompts.length,
    checkup: {
      dimensions: input.checkup.dimensions.length,
      items:
        input.checkup.items.length + input.checkup.barriers.items.length + input.checkup.safety.items.length,
    },
    sources: input.sources.length,
  };
}
