import { z } from 'zod';

// Locale keys look like "en", "de", "pt-BR", "zh-Hant". English is always present because it is
// the fallback the app shows when a translation is missing.
export const localeCodePattern = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;

const nonEmptyText = z
  .string()
  .min(1)
  .refine((value) => value.trim() === value, 'text must not start or end with whitespace');

/** Every user-facing string is a locale map with at least `en`. */
export const localizedTextSchema = z
  .object({ en: nonEmptyText })
  .catchall(nonEmptyText)
  .refine((map) => Object.keys(map).every((key) => localeCodePattern.test(key)), {
    message: 'locale keys must look like "en" or "pt-BR"',
  });

export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Lower-case kebab-case token, used for ids and enum-like references. */
export const kebabIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');

export const evidenceLevels = ['strong', 'moderate', 'popular-claim'] as const;
export const evidenceLevelSchema = z.enum(evidenceLevels);
export type EvidenceLevel = z.infer<typeof evidenceLevelSchema>;

/** Higher rank = stronger evidence; used to check a claim never outranks the sources behind it. */
export const evidenceRank: Record<EvidenceLevel, number> = { 'popular-claim': 0, moderate: 1, strong: 2 };

export const sourceIdListSchema = z.array(kebabIdSchema).min(1, 'cite at least one source id');

/** Zod refinement helper: an array of ids must not repeat itself. */
export function hasNoDuplicates(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
