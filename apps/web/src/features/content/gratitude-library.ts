// Evening gratitude prompts: loaded on demand (see content-libraries.ts).
export { gratitudePrompts } from '@hearth/content';
