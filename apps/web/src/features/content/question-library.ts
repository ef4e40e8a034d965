// The conversation questions: loaded on demand (see content-libraries.ts).
export { questions } from '@hearth/content';
