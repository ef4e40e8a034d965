import { z } from 'zod';
import { kebabIdSchema, localizedTextSchema, sourceIdListSchema } from './common';

/** A regex source string, compiled by the coach with the flags "gimu". Must be valid. */
const regexSourceSchema = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source, 'gimu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

/**
 * One blame pattern the gentle-start helper notices. Patterns are matched case-insensitively;
 * a match is ignored when the text right after it matches `unlessFollowedBy` (so "you always
 * make me laugh" is not flagged) or the text right before it matches `unlessPrecededBy`.
 */
export const coachRuleSchema = z.strictObject({
  id: z.string().regex(/^coach-[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: localizedTextSchema,
  // likely: almost always lands as blame; possible: depends on tone, so the coach asks gently.
  confidence: z.enum(['likely', 'possible']),
  patterns: z.array(regexSourceSchema).min(1),
  unlessFollowedBy: z.array(regexSourceSchema).optional(),
  unlessPrecededBy: z.array(regexSourceSchema).optional(),
  whyItLandsHard: localizedTextSchema,
  alternatives: z.array(localizedTextSchema).min(2),
  rewriteTemplate: localizedTextSchema,
  sourceIds: sourceIdListSchema,
});
export type CoachRule = z.infer<typeof coachRuleSchema>;

export const coachRulesFileSchema = z.strictObject({
  version: z.number().int().positive(),
  rules: z.array(coachRuleSchema).min(1),
  knownLimits: z.array(localizedTextSchema),
  sourceIds: z.array(kebabIdSchema),
});
export type CoachRulesFile = z.infer<typeof coachRulesFileSchema>;
