import { z } from 'zod';
import { kebabIdSchema, localizedTextSchema } from './common';

const seasonSchema = z.enum(['any', 'spring', 'summer', 'autumn', 'winter']);

/** A date idea from `data/date-ideas.json` (an array of these). */
export const dateIdeaSchema = z.strictObject({
  id: z.string().regex(/^date-\d{3,4}$/, 'expected date-NNN'),
  title: localizedTextSchema,
  description: localizedTextSchema,
  why: localizedTextSchema,
  budget: z.enum(['free', 'low', 'medium', 'high']),
  setting: z.enum(['home', 'out']),
  kidFriendly: z.boolean(),
  durationMinutes: z.number().int().positive(),
  energy: z.enum(['low', 'medium', 'high']),
  novelty: z.enum(['familiar', 'new', 'adventurous']),
  seasons: z
    .array(seasonSchema)
    .min(1)
    .refine((seasons) => !seasons.includes('any') || seasons.length === 1, '"any" stands alone')
    .refine((seasons) => new Set(seasons).size === seasons.length, 'seasons repeat'),
  sourceIds: z.array(kebabIdSchema),
});
export type DateIdea = z.infer<typeof dateIdeaSchema>;

export const dateIdeaListSchema = z.array(dateIdeaSchema).min(1);
