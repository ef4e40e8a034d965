import { z } from 'zod';
import { evidenceLevelSchema, kebabIdSchema, localizedTextSchema } from './common';

/**
 * A research fact the content relies on. `evidence` follows RESEARCH.md's confidence:
 * A (primary paper seen) -> strong, B (consistent secondary reports) -> moderate,
 * C (popular or marketing claim, mechanism unverified) -> popular-claim. Mixed ratings take
 * the weaker level so we never overclaim.
 */
export const sourceSchema = z.strictObject({
  id: kebabIdSchema,
  authors: z.string().min(1),
  // null for popular claims with no datable publication.
  year: z.number().int().min(1900).max(2100).nullable(),
  title: z.string().min(1),
  venue: z.string().min(1),
  finding: localizedTextSchema,
  evidence: evidenceLevelSchema,
  // Where the fact was checked (from RESEARCH.md), so a reviewer can follow it up.
  seenAt: z.array(z.string().min(1)).min(1),
  // false for the few entries the content lead added beyond RESEARCH.md; review those first.
  fromResearchBrief: z.boolean(),
  caveat: localizedTextSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourceListSchema = z.array(sourceSchema).min(1);
