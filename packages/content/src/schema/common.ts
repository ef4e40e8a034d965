import { z } from 'zod';
import { evidenceLevels, localeCodePattern } from './vocabulary';

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

export const evidenceLevelSchema = z.enum(evidenceLevels);

export const sourceIdListSchema = z.array(kebabIdSchema).min(1, 'cite at least one source id');

/** Zod refinement helper: an array of ids must not repeat itself. */
export function hasNoDuplicates(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
