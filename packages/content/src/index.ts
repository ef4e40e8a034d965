// @hearth/content: the content library as typed data, plus the few pure functions that read it.
// Works in the browser (Vite) and in Node (tsx, Vitest): all JSON is imported statically.
// Vocabularies and types only: the zod schemas stay out of the browser bundle. Tests and
// tools validate with src/schema/index.ts directly.
export * from './schema/vocabulary';
export type * from './schema/index';
export { questions, questionDecks } from './data/questions';
export { exercises, exerciseById } from './data/exercises';
export {
  checkup,
  checkupInstruments,
  checkupInstrumentByVersion,
  pulse,
  pulses,
  safetyResources,
} from './data/checkup';
export { desireList, desireItems, sentenceStarters } from './data/desire';
export { dateIdeas, gratitudePrompts, sources, sourceById, coachRules, coachRulesFile } from './data/library';
export { findBlamePatterns, type BlameMatch } from './coach';
export { computeStats, type ContentStats } from './stats';
export {
  durationBuckets,
  durationBucketsOf,
  findExercises,
  normaliseForSearch,
  type DurationBucket,
  type ExerciseQuery,
} from './exercise-catalogue';
