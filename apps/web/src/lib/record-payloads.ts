// Schemas for what lives inside encrypted records. Every decrypted payload is checked here
// before the app uses it; the record type is only ever known inside the ciphertext.
import { z } from 'zod';

export const MAX_NOTE_LENGTH = 10_000;

export const notePayload = z.object({
  type: z.literal('note'),
  text: z.string().max(MAX_NOTE_LENGTH),
  updatedAt: z.string().max(40),
});

/** My display name, user scope (only I can read it). */
export const profilePayload = z.object({
  type: z.literal('profile'),
  name: z.string().min(1).max(80),
});

/** My display name as my partner sees it, couple scope. */
export const memberNamePayload = z.object({
  type: z.literal('member-name'),
  name: z.string().min(1).max(80),
});

/**
 * The partner's public keys as first seen at pairing, and whether we compared safety codes.
 * User scope, so it follows me to my other devices; a later change of keys raises a warning.
 */
export const partnerKeysPayload = z.object({
  type: z.literal('partner-keys'),
  coupleId: z.string(),
  partnerUserId: z.string(),
  /** The name the partner gave when pairing; their own couple-scope name wins once it syncs. */
  name: z.string().max(80),
  ed25519: z.string(),
  x25519: z.string(),
  verified: z.boolean(),
  verifiedAt: z.string().nullable(),
});

/**
 * The invite secret, kept so my other devices (and this one after a reload) can check the
 * joiner's MAC even after the server has consumed the invite. User scope, deleted after confirm.
 */
export const inviteSecretPayload = z.object({
  type: z.literal('invite-secret'),
  inviteId: z.string(),
  coupleId: z.string(),
  secret: z.string(),
});

export type NotePayload = z.infer<typeof notePayload>;
export type ProfilePayload = z.infer<typeof profilePayload>;
export type MemberNamePayload = z.infer<typeof memberNamePayload>;
export type PartnerKeysPayload = z.infer<typeof partnerKeysPayload>;
export type InviteSecretPayload = z.infer<typeof inviteSecretPayload>;

/** A payload from a newer app version: kept, not shown. */
export interface UnknownPayload {
  type: string;
}

export type RecordPayload = NotePayload | ProfilePayload | MemberNamePayload | PartnerKeysPayload | InviteSecretPayload;

const known = {
  note: notePayload,
  profile: profilePayload,
  'member-name': memberNamePayload,
  'partner-keys': partnerKeysPayload,
  'invite-secret': inviteSecretPayload,
} as const;

const envelopeOfAnyType = z.looseObject({ type: z.string().min(1).max(64) });

/** Passed to openRecord: accepts known types only in their exact shape, unknown types as-is. */
export const anyPayload = {
  parse(x: unknown): RecordPayload | UnknownPayload {
    const base = envelopeOfAnyType.parse(x);
    const schema = (known as Record<string, z.ZodType<RecordPayload>>)[base.type];
    return schema ? schema.parse(x) : { type: base.type };
  },
};

export function isKnownPayload(p: RecordPayload | UnknownPayload): p is RecordPayload {
  return p.type in known;
}
