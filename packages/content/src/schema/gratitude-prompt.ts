import { z } from 'zod';
import { localizedTextSchema } from './common';

/**
 * Evening gratitude helpers from `data/gratitude-prompts.json`.
 * appreciate-you: one specific thing I appreciate about who you are;
 * appreciate-us: one thing I appreciated about us today;
 * coaching: a nudge from "what you did" toward "who you are".
 */
export const gratitudePromptSchema = z.strictObject({
  id: z.string().regex(/^grat-\d{3,4}$/, 'expected grat-NNN'),
  kind: z.enum(['appreciate-you', 'appreciate-us', 'coaching']),
  text: localizedTextSchema,
});
export type GratitudePrompt = z.infer<typeof gratitudePromptSchema>;

export const gratitudePromptListSchema = z.array(gratitudePromptSchema).min(1);
