// Guided exercises (touch ritual, hug): loaded on demand (see content-libraries.ts).
export { exerciseById } from '@hearth/content';
