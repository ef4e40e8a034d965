import { isEnvelope, verifyPublicIdentity } from '@hearth/crypto';
import { z } from 'zod';

/** Shared request/response pieces. Ciphertext is checked for envelope syntax, never read. */
export const handleSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'use at least 3 characters')
  .max(64, 'use at most 64 characters')
  .regex(/^[a-z0-9._-]+$/, 'use only letters, digits, dots, dashes and underscores');

export const uuidSchema = z.uuid('must be an id');

export const opaqueMessage = z
  .string()
  .min(16)
  .max(4096)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be base64url');

export const envelopeSchema = (maxLength = 200_000) =>
  z
    .string()
    .max(maxLength, 'is too large')
    .refine((value) => isEnvelope(value), 'must be a Hearth v1 envelope');

export const publicIdentitySchema = z
  .object({
    userId: uuidSchema,
    x25519: z.string().min(40).max(64),
    ed25519: z.string().min(40).max(64),
    signature: z.string().min(80).max(100),
  })
  .strict();

export function isValidIdentity(identity: z.infer<typeof publicIdentitySchema>): boolean {
  try {
    return verifyPublicIdentity(identity);
  } catch {
    return false;
  }
}

export const errorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * A whole number in a query string. An empty value (`?limit=`) is a mistake, not zero, so it is
 * refused instead of being coerced to 0.
 */
export const queryInteger = (min: number, max: number) =>
  z.preprocess(
    (value) => (value === '' ? Number.NaN : value),
    z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`),
  );
