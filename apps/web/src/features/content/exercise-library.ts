// Guided exercises: loaded on demand (see content-libraries.ts).
export { exerciseById, exercises, findExercises, durationBucketsOf } from '@hearth/content';
